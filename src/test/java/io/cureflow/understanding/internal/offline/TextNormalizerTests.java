package io.cureflow.understanding.internal.offline;

import io.cureflow.understanding.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I CAN'T pay rn|i can not pay right now",
            "pleeease stoppp|please stop",
            "u r killing me bc i cant|you are killing me because i can not",
            "Perdí mi trabajo xq cerró la fábrica|perdi mi trabajo porque cerro la fabrica",
            "q onda, ud me debe?|que onda , usted me debe ?",
            "I filed bankrupcy|i filed bankruptcy",
            "talk to my attroney|talk to my attorney",
            "ill pay tmrw|i will pay tomorrow",
            "I'm ill and tired|i am ill and tired",
            "I want to cancel|i want to cancel",
            "sorry 😢🙏|sorry sad please",
            "that's $1,250.50 on 1/15!!!|that is $ 1,250.50 on 1/15 !",
            "only 15 hrs now|only 15 hours now",
    })
    void spellsOutWhatBorrowersWrite(String original, String normalized) {
        assertThat(TextNormalizer.normalize(original).text()).isEqualTo(normalized);
    }

    @Test
    void mapsEveryNormalisedWordBackToTheOriginalWords() {
        String original = "Hola, perdí mi TRABAJO 😢";
        NormalizedText text = TextNormalizer.normalize(original);
        int at = text.text().indexOf("perdi mi trabajo");

        Evidence evidence = text.evidence(at, at + "perdi mi trabajo".length());

        assertThat(evidence.text()).isEqualTo("perdí mi TRABAJO");
        assertThat(original.substring(evidence.start(), evidence.end())).isEqualTo("perdí mi TRABAJO");
    }

    @Test
    void mapsAnExpandedShorthandToTheShorthandItself() {
        String original = "I cant pay";
        NormalizedText text = TextNormalizer.normalize(original);
        int at = text.text().indexOf("not");

        assertThat(text.evidence(at, at + 3).text()).isEqualTo("cant");
    }

    @Test
    void correctsOneSlipOnlyInLongCriticalWords() {
        assertThat(CriticalSpelling.correct("decesed")).isEqualTo("deceased");
        assertThat(CriticalSpelling.correct("abogadp")).isEqualTo("abogado");
        assertThat(CriticalSpelling.correct("cancel")).isEqualTo("cancel");
        assertThat(CriticalSpelling.correct("paused")).isEqualTo("paused");
        assertThat(CriticalSpelling.correct("lawyre")).isEqualTo("lawyer");
        assertThat(CriticalSpelling.correct("llamame")).as("call me is no 'llamarme' of a cease").isEqualTo("llamame");
    }
}
