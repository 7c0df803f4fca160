package io.cureflow.understanding.internal.llm;

import io.cureflow.understanding.Classification;
import io.cureflow.understanding.Evidence;
import io.cureflow.understanding.HardshipCategory;
import io.cureflow.understanding.Intent;
import io.cureflow.understanding.Promise;
import io.cureflow.understanding.internal.llm.RejectedAnswer.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelAnswerReaderTests {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 3, 10);

    private final ModelAnswerReader reader = new ModelAnswerReader(0.7, "llm:test");

    @Test
    void findsAQuoteTypedWithACurlyApostropheAndOtherCase() {
        String text = "OK I'll PAY friday";
        Classification answer = reader.read("""
                {"intent": "promise_to_pay", "confidence": 0.9, "promise": {"date": "2026-03-13", "amount": null},
                 "evidence": ["I\u2019ll pay friday"], "language": "en"}""", text, TUESDAY, "en");

        assertThat(answer.evidence()).containsExactly(new Evidence("I'll PAY friday", 3, 18));
        assertThat(answer.promise()).isEqualTo(new Promise(LocalDate.of(2026, 3, 13), null));
    }

    @Test
    void readsAnAmountWrittenAsTextWithADollarSign() {
        Classification answer = reader.read("""
                {"intent": "promise_to_pay", "confidence": 0.9, "promise": {"date": null, "amount": "$1,210.50"},
                 "evidence": ["pay 1210.50"], "language": "en"}""", "I can pay 1210.50", TUESDAY, "en");

        assertThat(answer.promise()).isEqualTo(new Promise(null, new BigDecimal("1210.50")));
    }

    @Test
    void dropsAPromiseTheModelAttachedToAnotherIntent() {
        Classification answer = reader.read("""
                {"intent": "payment_plan_request", "confidence": 0.8, "promise": {"amount": 50},
                 "evidence": ["smaller payments"], "language": "en"}""", "can I make smaller payments", TUESDAY, "en");

        assertThat(answer.promise()).isNull();
    }

    @Test
    void ordersTheOtherIntentsByWeightAndLeavesOutThePrimary() {
        Classification answer = reader.read("""
                {"intent": "hardship", "hardshipCategory": "medical", "confidence": 0.85,
                 "evidence": ["in the hospital"], "alsoDetected": ["question", "opt_out", "hardship"],
                 "language": "en"}""", "in the hospital, stop texting, when is it due?", TUESDAY, "en");

        assertThat(answer.hardshipCategory()).isEqualTo(HardshipCategory.MEDICAL);
        assertThat(answer.alsoDetected()).containsExactly(Intent.OPT_OUT, Intent.QUESTION);
    }

    @Test
    void sendsAnUnsureAnswerToAPersonAndTakesTheLanguageHintWhenTheModelGivesNone() {
        Classification answer = reader.read("""
                {"intent": "other", "confidence": 0.5, "evidence": []}""", "\uD83D\uDC4D", TUESDAY, "es");

        assertThat(answer.needsReview()).isTrue();
        assertThat(answer.language()).isEqualTo("es");
        assertThat(answer.classifier()).isEqualTo("llm:test");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            MISSING_CATEGORY          | {"intent": "hardship", "confidence": 0.9, "evidence": ["lost my job"], "language": "en"}
            UNKNOWN_CATEGORY          | {"intent": "hardship", "hardshipCategory": "sad", "confidence": 0.9, "evidence": ["lost my job"], "language": "en"}
            BAD_CONFIDENCE            | {"intent": "hardship", "hardshipCategory": "job_loss", "confidence": 93, "evidence": ["lost my job"], "language": "en"}
            BAD_CONFIDENCE            | {"intent": "hardship", "hardshipCategory": "job_loss", "confidence": "high", "evidence": ["lost my job"], "language": "en"}
            NO_EVIDENCE               | {"intent": "hardship", "hardshipCategory": "job_loss", "confidence": 0.9, "evidence": [], "language": "en"}
            EVIDENCE_NOT_IN_TEXT      | {"intent": "hardship", "hardshipCategory": "job_loss", "confidence": 0.9, "evidence": ["   "], "language": "en"}
            BAD_PROMISE               | {"intent": "promise_to_pay", "confidence": 0.9, "promise": {"date": "2026-03-01"}, "evidence": ["lost my job"], "language": "en"}
            BAD_PROMISE               | {"intent": "promise_to_pay", "confidence": 0.9, "promise": {"date": "next friday"}, "evidence": ["lost my job"], "language": "en"}
            BAD_PROMISE               | {"intent": "promise_to_pay", "confidence": 0.9, "promise": {"amount": -5}, "evidence": ["lost my job"], "language": "en"}
            BAD_LANGUAGE              | {"intent": "hardship", "hardshipCategory": "job_loss", "confidence": 0.9, "evidence": ["lost my job"], "language": "fr"}
            UNKNOWN_INTENT            | {"intent": "", "confidence": 0.9, "evidence": ["lost my job"], "language": "en"}
            UNKNOWN_INTENT            | {"intent": "hardship", "hardshipCategory": "job_loss", "confidence": 0.9, "evidence": ["lost my job"], "alsoDetected": ["sadness"], "language": "en"}
            MALFORMED_JSON            | ["hardship"]
            """)
    void rejectsAnAnswerThatDoesNotHoldUp(Reason reason, String answer) {
        assertThatThrownBy(() -> reader.read(answer, "I lost my job", TUESDAY, null))
                .isInstanceOfSatisfying(RejectedAnswer.class, rejected -> assertThat(rejected.reason())
                        .isEqualTo(reason));
    }
}
