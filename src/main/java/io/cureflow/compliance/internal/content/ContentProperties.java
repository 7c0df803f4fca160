package io.cureflow.compliance.internal.content;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * {@code cureflow.compliance.content.*}.
 *
 * @param maxSmsSegments             the longest text allowed, in SMS segments. English texts fit in 3 (GSM-7, 153
 *                                   characters a part); a first Spanish text is UCS-2 (67 a part, since GSM-7 lacks
 *                                   á, í, ó, ú) and with the full §1006.18(e)(1) disclosure and the opt-out line needs
 *                                   up to 8; carriers join at most 10
 * @param californiaLicenceNumber    the California debt-collector licence number that written and digital messages to
 *                                   California consumers must show (Cal. Civ. Code 1788.11); empty when not licensed
 *                                   or not collecting in California
 * @param phrases                    the phrase lists the guardrail reads
 */
@Validated
@ConfigurationProperties("cureflow.compliance.content")
public record ContentProperties(@Min(1) @Max(10) @DefaultValue("8") int maxSmsSegments,
                                @NotNull @DefaultValue("") String californiaLicenceNumber,
                                @NotNull @DefaultValue("classpath:compliance/content-phrases.yml") Resource phrases) {

    public boolean californiaLicensed() {
        return !californiaLicenceNumber.isBlank();
    }
}
