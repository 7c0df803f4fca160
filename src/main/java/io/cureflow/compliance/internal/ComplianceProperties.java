package io.cureflow.compliance.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
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

    /** A contact is convenient from {@code start} (inclusive) to {@code end} (exclusive), local time. */
    public record ContactHours(@NotNull @DefaultValue("08:00") LocalTime start,
                               @NotNull @DefaultValue("21:00") LocalTime end) {

        @AssertTrue(message = "contact-hours.start must be before contact-hours.end")
        public boolean isStartBeforeEnd() {
            return start == null || end == null || start.isBefore(end);
        }

        public boolean contains(LocalTime time) {
            return !time.isBefore(start) && time.isBefore(end);
        }
    }
}
