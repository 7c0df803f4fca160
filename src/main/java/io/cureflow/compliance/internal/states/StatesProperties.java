package io.cureflow.compliance.internal.states;

import io.cureflow.compliance.internal.ComplianceProperties.ContactHours;
import jakarta.validation.Valid;
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
    public record Limit(@Positive int max, @Positive int days) {
    }

    /**
     * 940 CMR 7.04(1)(f) and 209 CMR 18.16(1)(d): per debt, telephone communications (calls, texts, recorded
     * messages) to the consumer's own numbers, and to any other number.
     */
    public record Massachusetts(@DefaultValue("true") boolean enabled,
                                @Valid Limit personalNumbers,
                                @Valid Limit otherNumbers) {

        public Massachusetts {
            personalNumbers = personalNumbers != null ? personalNumbers : new Limit(2, 7);
            otherNumbers = otherNumbers != null ? otherNumbers : new Limit(2, 30);
        }
    }

    /** RCW 19.16.250: communications across all media per week, and the hours at the residence. */
    public record Washington(@DefaultValue("true") boolean enabled,
                             @Valid Limit communications,
                             @Valid ContactHours contactHours) {

        public Washington {
            communications = communications != null ? communications : new Limit(3, 7);
            contactHours = contactHours != null ? contactHours
                    : new ContactHours(LocalTime.of(7, 30), LocalTime.of(21, 0));
        }
    }

    /** A pack whose only numbers are contact hours (California, Florida): today the same as Reg F. */
    public record HoursPack(@DefaultValue("true") boolean enabled, @Valid ContactHours contactHours) {

        public HoursPack {
            contactHours = contactHours != null ? contactHours
                    : new ContactHours(LocalTime.of(8, 0), LocalTime.of(21, 0));
        }
    }

    /**
     * New York City's amended rules (6 RCNY 5-77), postponed indefinitely: off until switched on, and then only from
     * {@code effectiveFrom} (a New York date; null means at once).
     *
     * @param zipPrefixes the first three ZIP digits taken as the five boroughs
     */
    public record NewYorkCity(@DefaultValue("false") boolean enabled,
                              LocalDate effectiveFrom,
                              @Valid Limit communications,
                              @NotEmpty List<String> zipPrefixes) {

        /**
         * Manhattan 100–102, Staten Island 103, the Bronx 104, Brooklyn 112, Queens 110, 111, 113, 114 and 116. 110
         * also holds Nassau County towns (Great Neck, Elmont, Franklin Square...): they are taken as the city, erring
         * on its side. 115 is Nassau County alone and is left out.
         */
        public static final List<String> BOROUGH_ZIP_PREFIXES = List.of("100", "101", "102", "103", "104", "110",
                "111", "112", "113", "114", "116");

        public NewYorkCity {
            communications = communications != null ? communications : new Limit(3, 7);
            zipPrefixes = zipPrefixes != null ? List.copyOf(zipPrefixes) : BOROUGH_ZIP_PREFIXES;
        }
    }
}
