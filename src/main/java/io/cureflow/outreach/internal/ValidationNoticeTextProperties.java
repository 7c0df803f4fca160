package io.cureflow.outreach.internal;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code cureflow.outreach.validation-notice.*}: who the validation notice says the collector is (§1006.34(c)(2)(i)).
 *
 * @param collectorName    the debt collector's name as the notice prints it
 * @param collectorAddress the mailing address where the collector accepts disputes and original-creditor requests
 */
@Validated
@ConfigurationProperties("cureflow.outreach.validation-notice")
public record ValidationNoticeTextProperties(@NotBlank @DefaultValue("CureFlow Servicing") String collectorName,
                                             @NotBlank @DefaultValue("PO Box 1000, Springfield, IL 62701")
                                             String collectorAddress) {
}
