package io.cureflow.compliance.internal.frequency;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code cureflow.compliance.frequency.*}: Reg F §1006.14(b) call frequencies and CureFlow's call-pattern policy.
 *
 * @param maxCalls                counted calls per person and debt within {@code windowDays} consecutive days (RF-01)
 * @param windowDays              the consecutive calendar days of RF-01, at the consumer's location
 * @param cooldownDays            no call within this many days after a telephone conversation, its date being day 1
 *                                (RF-02)
 * @param consentMaxDays          the longest period prior consent given directly to CureFlow excludes calls (RF-03)
 * @param minSpacing              the least time between two calls to the same number (RF-07, comment 14(b)(2)(i)-2.i)
 * @param maxCallsPerNumberPerDay calls to one number per local day (RF-07)
 */
@Validated
@ConfigurationProperties("cureflow.compliance.frequency")
public record FrequencyProperties(@Min(1) @DefaultValue("7") int maxCalls,
                                  @Min(1) @Max(31) @DefaultValue("7") int windowDays,
                                  @Min(1) @Max(31) @DefaultValue("7") int cooldownDays,
                                  @Min(1) @Max(7) @DefaultValue("7") int consentMaxDays,
                                  @NotNull @DefaultValue("PT5M") Duration minSpacing,
                                  @Min(1) @DefaultValue("3") int maxCallsPerNumberPerDay) {
}
