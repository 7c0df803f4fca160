package io.cureflow.understanding.internal.offline;

import io.cureflow.understanding.Classification;
import io.cureflow.understanding.Intent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a reply says several things, the legally weightier intent wins; the others are listed as also detected. */
class PrecedenceTests {

    @Test
    void ordersIntentsByLegalWeightAsDocumented() {
        assertThat(Intent.values()).containsExactly(Intent.DECEASED, Intent.BANKRUPTCY, Intent.ATTORNEY, Intent.CEASE,
                Intent.DISPUTE, Intent.WRONG_NUMBER, Intent.HARDSHIP, Intent.OPT_OUT, Intent.CONTACT_RESTRICTION,
                Intent.PAID_ALREADY, Intent.PROMISE_TO_PAY, Intent.PAYMENT_PLAN_REQUEST, Intent.CALLBACK_REQUEST,
                Intent.QUESTION, Intent.OTHER);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "He passed away in May, talk to our attorney|deceased|attorney",
            "My lawyer filed chapter 7 for me last week|bankruptcy|attorney",
            "Talk to my lawyer and stop contacting me|attorney|cease",
            "Stop contacting me, this is not my debt|cease|dispute",
            "This isn't my debt and stop calling|dispute|opt_out",
            "Wrong number, stop texting me|wrong_number|opt_out",
            "I lost my job, stop texting me|hardship|opt_out",
            "perdí mi trabajo, ya no me manden mensajes|hardship|opt_out",
            "I got laid off, can we do a payment plan?|hardship|payment_plan_request",
            "Stop texting me, only email me from now on|contact_restriction|opt_out",
    })
    void letsTheWeightierIntentWinAndListsTheOther(String text, String intent, String also) {
        Classification answer = Readers.classify(text);

        assertThat(answer.intent().wireName()).as(text).isEqualTo(intent);
        assertThat(answer.alsoDetected()).as(text).contains(Intent.fromWireName(also));
    }

    @Test
    void listsTheAlsoDetectedIntentsWeightiestFirst() {
        Classification answer = Readers.classify("Not my debt. I already paid it and I have a lawyer. Stop texting.");

        assertThat(answer.intent()).isEqualTo(Intent.ATTORNEY);
        assertThat(answer.alsoDetected()).isSortedAccordingTo(Enum::compareTo).contains(Intent.DISPUTE, Intent.OPT_OUT);
    }

    @Test
    void readsARestrictionAsQualifyingAStopOfTheSameChannel() {
        assertThat(Readers.classify("stop calling me at work").intent()).isEqualTo(Intent.CONTACT_RESTRICTION);
    }
}
