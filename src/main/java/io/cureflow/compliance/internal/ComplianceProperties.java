package io.cureflow.compliance.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * {@code cureflow.compliance.*}.
 *
 * @param contactHours  the convenient hours at the consumer's location (Reg F §1006.6(b)(1)(i): 08:00 to 21:00)
 * @param fallbackZones where to assume the consumer is when nothing on file indicates a location; the default, the
 *                      continental US from Eastern to Pacific, allows 11:00 to 21:00 Eastern
 */
@Validated
@ConfigurationProperties("cureflow.compliance")
public record ComplianceProperties(@Valid @NotNull @DefaultValue ContactHours contactHours,
                                   @NotEmpty @DefaultValue({"America/New_York", "America/Los_Angeles"})
                                   List<ZoneId> fallbackZones) {

    /**
     * A contact is convenient from {@code start} (inclusive) to {@code end} (exclusive), local time.
     *
     * @param lastCallStart calls start before this time, so that they do not run past {@code end}; this
     *                      is CureFlow's policy, not the law's (catalogue OQ-2); a time from {@code end} on (or null)
     *                      lets calls start until {@code end}
     */
    public record ContactHours(@NotNull @DefaultValue("08:00") LocalTime start,
                               @NotNull @DefaultValue("21:00") LocalTime end,
                               @DefaultValue("20:45") LocalTime lastCallStart) {

        @ConstructorBinding
        public ContactHours {
        }

        /** Hours without a last-call policy. */
        public ContactHours(LocalTime start, LocalTime end) {
            this(start, end, null);
        }

        @AssertTrue(message = "contact-hours.start must be before contact-hours.end")
        public boolean isStartBeforeEnd() {
            return start == null || end == null || start.isBefore(end);
        }

        @AssertTrue(message = "contact-hours.last-call-start must be after contact-hours.start")
        public boolean isLastCallStartAfterStart() {
            return lastCallStart == null || start == null || lastCallStart.isAfter(start);
        }

        /** The hours in which a call may start: until the last call start or the end, whichever comes first. */
        public ContactHours forCalls() {
            return lastCallStart == null || !lastCallStart.isBefore(end) ? new ContactHours(start, end)
                    : new ContactHours(start, lastCallStart);
        }

        public boolean contains(LocalTime time) {
            return !time.isBefore(start) && time.isBefore(end);
        }
    }
}
