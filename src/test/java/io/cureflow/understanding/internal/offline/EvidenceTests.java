package io.cureflow.understanding.internal.offline;

import io.cureflow.understanding.Classification;
import io.cureflow.understanding.Evidence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The evidence shown to the agent is the borrower's own words, at their place in the text. */
class EvidenceTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hi, I FILED for bankrupcy last week 😢|bankrupcy",
            "ok so... my LAWYER will call u|LAWYER",
            "Perdí mi trabajo en la fábrica|Perdí mi trabajo",
            "pls stooop texting me!!!|stooop texting",
            "My mom passed away, this was her account|My mom passed away",
            "I can pay $200 on Friday|I can pay",
            "¿Cuánto debo?|Cuánto",
    })
    void pointsAtTheWordsThatDecided(String text, String words) {
        Classification answer = Readers.classify(text);

        assertThat(answer.evidence()).as(text).isNotEmpty();
        Evidence first = answer.evidence().get(0);
        assertThat(text.substring(first.start(), first.end())).as(text).isEqualTo(first.text());
        assertThat(first.text()).as(text).contains(words);
    }
}
