package io.cureflow.compliance.internal.stops;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * {@code cureflow.compliance.consent.*}: TCPA consent and revocation.
 *
 * @param prerecordedLandlineMaxCalls prerecorded or artificial-voice calls allowed to one residential landline
 *                                    (47 CFR 64.1200(a)(3): 3 within any 30 consecutive days)
 * @param prerecordedLandlineDays     the length of that period in days
 * @param revocationKeywords          a reply made of one of these and nothing else revokes consent and opts out of
 *                                    the number: the seven words of 47 CFR 64.1200(a)(10), the carriers' one-word
 *                                    forms and their Spanish counterparts
 * @param revokeAll                   TC-04, the revoke-all part of 47 CFR 64.1200(a)(10)
 */
@Validated
@ConfigurationProperties("cureflow.compliance.consent")
public record ConsentProperties(
        @Min(1) @DefaultValue("3") int prerecordedLandlineMaxCalls,
        @Min(1) @DefaultValue("30") int prerecordedLandlineDays,
        @NotEmpty @DefaultValue({"stop", "quit", "end", "revoke", "opt out", "cancel", "unsubscribe", "stopall",
                "stop all", "optout", "parar", "alto", "cancelar", "baja", "darme de baja"})
        List<String> revocationKeywords,
        @Valid @NotNull @DefaultValue RevokeAll revokeAll) {

    /**
     * A revocation made in answer to one kind of message covers every robocall and robotext of the caller on any
     * matter. The FCC waived this part until 31 January 2027 (DA 26-12) while it reconsiders it, so it switches itself
     * on at that date.
     *
     * @param enabled       false keeps it off whatever the date
     * @param effectiveFrom a New York date from whose start it applies (a past date applies it at once)
     */
    public record RevokeAll(@DefaultValue("true") boolean enabled,
                            @NotNull @DefaultValue("2027-01-31") LocalDate effectiveFrom) {

        private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

        public boolean inForceAt(Instant at) {
            return enabled && !at.isBefore(effectiveFrom.atStartOfDay(NEW_YORK).toInstant());
        }
    }
}
