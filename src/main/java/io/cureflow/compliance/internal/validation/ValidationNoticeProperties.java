package io.cureflow.compliance.internal.validation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.ZoneId;

/**
 * {@code cureflow.compliance.validation.*}: the validation notice's deadlines (Reg F §1006.34).
 *
 * @param noticeDueDays              the notice goes out within this many days of the initial communication
 *                                   (§1006.34(a)(1)(i)(B))
 * @param assumedReceiptBusinessDays receipt is assumed this many days after sending, not counting Saturdays, Sundays
 *                                   and legal public holidays (§1006.34(b)(5))
 * @param validationPeriodDays       the validation period ends this many days after the assumed receipt
 * @param zone                       the collector's zone, in which sending dates and deadlines are counted
 */
@Validated
@ConfigurationProperties("cureflow.compliance.validation")
public record ValidationNoticeProperties(@DefaultValue("5") @Min(0) @Max(5) int noticeDueDays,
                                         @DefaultValue("5") @Min(5) int assumedReceiptBusinessDays,
                                         @DefaultValue("30") @Min(30) int validationPeriodDays,
                                         @NotNull @DefaultValue("America/New_York") ZoneId zone) {
}
