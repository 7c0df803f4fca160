package io.cureflow.understanding.internal.offline;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.ZoneId;

/**
 * {@code cureflow.understanding.*}: how the offline classifier trains and when it hands a reply to a person.
 *
 * @param reviewBelow     a classification less confident than this is marked for review by a person
 * @param alsoDetectedAt  the model probability from which another intent is listed as also detected
 * @param suspectAt       the model probability from which a weightier intent than the answer marks it for review,
 *                        since a missed cease costs more than a look by a person
 * @param overrideAt      the model probability from which the model's intent replaces a lighter rule hit
 * @param everydayBoost   what a word rule for an everyday intent (promise, plan) adds to the model's probability
 * @param algorithm       the OpenNLP trainer, MAXENT or NAIVE_BAYES
 * @param iterations      training iterations of the maximum entropy trainer
 * @param cutoff          features seen fewer times than this are dropped
 * @param defaultZone     the zone relative dates are read in when the reply does not say
 */
@Validated
@ConfigurationProperties("cureflow.understanding")
public record UnderstandingProperties(
        @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.6") double reviewBelow,
        @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.25") double alsoDetectedAt,
        @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.3") double suspectAt,
        @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.85") double overrideAt,
        @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.3") double everydayBoost,
        @NotNull @DefaultValue("MAXENT") Algorithm algorithm,
        @Min(10) @Max(1000) @DefaultValue("100") int iterations,
        @Min(0) @Max(10) @DefaultValue("1") int cutoff,
        @NotNull @DefaultValue("America/New_York") ZoneId defaultZone) {
}
