package io.cureflow.compliance.internal.states;

import io.cureflow.compliance.internal.ComplianceProperties.ContactHours;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * {@code cureflow.compliance.states.*}: the state and city packs, keyed by state code, each with its own switch. A
 * pack only adds restrictions: every other rule still applies, so the stricter rule wins (§1006.104).
 */
@Validated
@ConfigurationProperties("cureflow.compliance.states")
public record StatesProperties(@Valid @NotNull @DefaultValue Massachusetts ma,
                               @Valid @NotNull @DefaultValue Washington wa,
                               @Valid @NotNull @DefaultValue HoursPack ca,
                               @Valid @NotNull @DefaultValue HoursPack fl,
                               @Valid @NotNull @DefaultValue NewYorkCity nyc) {

    /** At most {@code max} contacts in any {@code days} consecutive local days. */
    public interface Limit {

        int max();

        int days();
    }

    /**
     * 940 CMR 7.04(1)(f) and 209 CMR 18.16(1)(d): per debt, telephone communications (calls, texts, recorded
     * messages) to the consumer's own numbers, and to any other number.
     */
    public record Massachusetts(@DefaultValue("true") boolean enabled,
                                @Valid @NotNull @DefaultValue PersonalNumbers personalNumbers,
                                @Valid @NotNull @DefaultValue OtherNumbers otherNumbers) {

        public record PersonalNumbers(@Positive @DefaultValue("2") int max, @Positive @DefaultValue("7") int days)
                implements Limit {
        }

        public record OtherNumbers(@Positive @DefaultValue("2") int max, @Positive @DefaultValue("30") int days)
                implements Limit {
        }
    }

    /** RCW 19.16.250(13): communications across all media per week, and the hours at the residence. */
    public record Washington(@DefaultValue("true") boolean enabled,
                             @Valid @NotNull @DefaultValue Communications communications,
                             @Valid @NotNull @DefaultValue ResidenceHours contactHours) {

        public record Communications(@Positive @DefaultValue("3") int max, @Positive @DefaultValue("7") int days)
                implements Limit {
        }

        public record ResidenceHours(@NotNull @DefaultValue("07:30") LocalTime start,
                                     @NotNull @DefaultValue("21:00") LocalTime end) {

            @AssertTrue(message = "states.wa.contact-hours.start must be before its end")
            public boolean isStartBeforeEnd() {
                return start == null || end == null || start.isBefore(end);
            }

            public ContactHours toContactHours() {
                return new ContactHours(start, end);
            }
        }
    }

    /** A pack whose only numbers are contact hours (California, Florida): by default the same as Reg F. */
    public record HoursPack(@DefaultValue("true") boolean enabled,
                            @Valid @NotNull @DefaultValue ContactHours contactHours) {
    }

    /**
     * New York City's amended rules (6 RCNY 5-77), postponed indefinitely: off until switched on, and then only from
     * {@code effectiveFrom} (a New York date; none means at once).
     *
     * @param zipPrefixes the first three ZIP digits taken as the five boroughs: Manhattan 100–102, Staten Island 103,
     *                    the Bronx 104, Brooklyn 112, Queens 110, 111, 113, 114 and 116. 110 also holds Nassau County
     *                    towns (Great Neck, Elmont, Franklin Square...), taken as the city to err on its side; 115 is
     *                    Nassau County alone and left out
     */
    public record NewYorkCity(@DefaultValue("false") boolean enabled,
                              LocalDate effectiveFrom,
                              @Valid @NotNull @DefaultValue Communications communications,
                              @NotEmpty @DefaultValue({"100", "101", "102", "103", "104", "110", "111", "112", "113",
                                      "114", "116"}) List<String> zipPrefixes) {

        public NewYorkCity {
            zipPrefixes = zipPrefixes == null ? null : List.copyOf(zipPrefixes);
        }

        public record Communications(@Positive @DefaultValue("3") int max, @Positive @DefaultValue("7") int days)
                implements Limit {
        }
    }
}
