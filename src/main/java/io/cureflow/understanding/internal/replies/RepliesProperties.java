package io.cureflow.understanding.internal.replies;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.ZoneId;

/**
 * {@code cureflow.understanding.replies.*}.
 *
 * @param defaultZone    the borrower's zone when the account has none: promised days end at its midnight
 * @param maxPromiseDays a promise dated further out than this many days after the reply goes to an agent
 * @param recordedBy     the author restrictions recorded from replies carry
 */
@Validated
@ConfigurationProperties("cureflow.understanding.replies")
public record RepliesProperties(@NotNull @DefaultValue("America/New_York") ZoneId defaultZone,
                                @Positive @DefaultValue("45") int maxPromiseDays,
                                @NotBlank @DefaultValue("reply-classifier") String recordedBy) {
}
