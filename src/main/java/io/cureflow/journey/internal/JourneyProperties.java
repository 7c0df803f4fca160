package io.cureflow.journey.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/** {@code cureflow.journey.*} */
@Validated
@ConfigurationProperties("cureflow.journey")
public record JourneyProperties(@Valid @DefaultValue OutreachWorker outreachWorker,
                                @Valid @DefaultValue ValidationNoticeTracking validationNotice) {

    /** @param warnBefore how long before its deadline an unmailed validation notice is escalated */
    public record ValidationNoticeTracking(@DefaultValue("P1D") @NotNull Duration warnBefore) {
    }

    /**
     * The in-process worker for the {@code outreach-dispatch} external task topic.
     *
     * @param enabled       switch off when separate worker processes take the topic
     * @param threads       senders working each fetched batch side by side
     * @param maxTasks      tasks fetched and locked per poll
     * @param lockDuration  how long a fetched batch stays locked; must cover sending the whole batch
     * @param minIdleWait   pause after an empty poll, doubled on each further empty poll ...
     * @param maxIdleWait   ... up to this
     * @param retries       attempts before a failing send becomes an incident
     * @param retryTimeout  wait before a failed send is tried again
     * @param workerId      lock owner; blank means {@code cureflow-<host>-<pid>}
     */
    public record OutreachWorker(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("4") @Min(1) @Max(32) int threads,
            @DefaultValue("100") @Min(1) @Max(500) int maxTasks,
            @DefaultValue("PT5M") @NotNull Duration lockDuration,
            @DefaultValue("PT0.5S") @NotNull Duration minIdleWait,
            @DefaultValue("PT10S") @NotNull Duration maxIdleWait,
            @DefaultValue("3") @Min(1) int retries,
            @DefaultValue("PT1M") @NotNull Duration retryTimeout,
            @DefaultValue("") String workerId) {
    }
}
