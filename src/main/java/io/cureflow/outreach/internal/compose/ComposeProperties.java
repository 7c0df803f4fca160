package io.cureflow.outreach.internal.compose;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code cureflow.outreach.compose.*}.
 *
 * @param maxSmsSegments   the segment budget of a composed text; the content guardrail's own limit (at most 8) stays
 *                         the hard one. 4 by default: a first text carries 230 to 260 characters of legal lines (the
 *                         initial disclosure, the opt-out, a California licence) before the help options, the amount
 *                         and a 67-character signed link, which three segments (459 characters) cannot hold
 * @param followUpFromStep the first journey step that gets a follow-up message instead of the first reminder
 * @param lateFromStep     the first journey step that gets the late message
 * @param maxGrade         the reading grade a message should not exceed
 * @param gradeTolerance   how far above maxGrade a message may score: readability formulas are noisy on texts of a
 *                         few dozen words, where one long word moves the score by about half a grade
 * @param foldSmsAccents   write á, í, ó, ú in texts without the accent, so that a Spanish text stays in the GSM-7
 *                         alphabet (153 characters a segment instead of 67)
 */
@Validated
@ConfigurationProperties("cureflow.outreach.compose")
public record ComposeProperties(@Min(1) @Max(8) @DefaultValue("4") int maxSmsSegments,
                                @Min(2) @DefaultValue("2") int followUpFromStep,
                                @Min(3) @DefaultValue("4") int lateFromStep,
                                @DecimalMin("1.0") @DecimalMax("16.0") @DefaultValue("6.0") double maxGrade,
                                @DecimalMin("0.0") @DecimalMax("3.0") @DefaultValue("1.0") double gradeTolerance,
                                @DefaultValue("true") boolean foldSmsAccents) {

    public static ComposeProperties defaults() {
        return new ComposeProperties(4, 2, 4, 6.0, 1.0, true);
    }

    public double gradeLimit() {
        return maxGrade + gradeTolerance;
    }
}
