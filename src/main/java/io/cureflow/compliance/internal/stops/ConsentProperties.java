package io.cureflow.compliance.internal.stops;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

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
 */
@Validated
@ConfigurationProperties("cureflow.compliance.consent")
public record ConsentProperties(
        @Min(1) @DefaultValue("3") int prerecordedLandlineMaxCalls,
        @Min(1) @DefaultValue("30") int prerecordedLandlineDays,
        @NotEmpty @DefaultValue({"stop", "quit", "end", "revoke", "opt out", "cancel", "unsubscribe", "stopall",
                "stop all", "optout", "parar", "alto", "cancelar", "baja", "darme de baja"})
        List<String> revocationKeywords) {
}
