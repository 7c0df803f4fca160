package io.cureflow.outreach.internal.compose;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ReadabilityCheckTests {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private final ReadabilityCheck check = new ReadabilityCheck(ComposeProperties.defaults());

    @Nested
    class EnglishSyllables {

        @ParameterizedTest(name = "{0} has {1}")
        @CsvSource({"help,1", "plan,1", "pause,1", "paused,1", "person,2", "payment,2", "table,2", "people,2",
                "needed,2", "account,2", "easy,2", "information,4", "collector,3", "the,1", "takes,1",
                "pauses,2", "ready,2"})
        void countsVowelGroupsWithoutSilentEndings(String word, int syllables) {
            assertThat(Syllables.english(word)).isEqualTo(syllables);
        }
    }

    @Nested
    class SpanishSyllables {

        @ParameterizedTest(name = "{0} has {1}")
        @CsvSource({"plan,1", "pagos,2", "pausa,2", "persona,3", "ayudarle,4", "cuenta,2", "día,2", "país,2",
                "que,1", "guía,2", "hoy,1", "muy,1", "y,1", "ciudad,2", "información,4", "comuníquese,5",
                "leer,2", "seguimos,3"})
        void countsDiphthongsAsOneAndHiatusAsTwo(String word, int syllables) {
            assertThat(Syllables.spanish(word)).isEqualTo(syllables);
        }
    }

    @Test
    void scoresPlainEnglishLowAndLegaleseHigh() {
        String plain = "We can help. You can get a plan, a pause, or talk with a person. Reply to this text.";
        String legalese = "Notwithstanding the foregoing, the obligor's contractual indebtedness, inclusive of "
                + "accrued and capitalized interest, remains immediately enforceable pursuant to the agreement.";

        assertThat(check.score(plain, Locale.ENGLISH, List.of(), List.of()).grade()).isLessThan(4);
        assertThat(check.score(legalese, Locale.ENGLISH, List.of(), List.of()).grade()).isGreaterThan(12);
        assertThat(check.readable(legalese, Locale.ENGLISH, List.of(), List.of())).isFalse();
    }

    @Test
    void scoresPlainSpanishLowAndLegaleseHigh() {
        String plain = "Podemos ayudarle. Puede tener un plan, una pausa o hablar con una persona.";
        String legalese = "No obstante lo anteriormente expuesto, la obligación contractual del deudor, incluidos "
                + "los intereses devengados y capitalizados, resulta inmediatamente exigible conforme al contrato.";

        assertThat(check.score(plain, SPANISH, List.of(), List.of()).grade()).isLessThan(6);
        assertThat(check.score(legalese, SPANISH, List.of(), List.of()).grade()).isGreaterThan(9);
    }

    @Test
    void leavesTheLegalLinesLinksAndNamesOutOfTheScore() {
        String disclosure = "We are trying to collect a debt, and any information we get will be used for that "
                + "purpose.";
        String text = "Hi Maximiliano, we can help. Pay here: https://pay.example.com/pay/abcdefghijk " + disclosure;

        ReadabilityCheck.Score withLegal = check.score(text, Locale.ENGLISH, List.of(), List.of());
        ReadabilityCheck.Score without = check.score(text, Locale.ENGLISH, List.of(disclosure),
                List.of("Maximiliano"));

        assertThat(without.words()).isEqualTo(7);
        assertThat(without.grade()).isLessThan(withLegal.grade());
    }

    @Test
    void treatsAnEmptyTextAsGradeZero() {
        assertThat(check.score("https://pay.example.com/x $10.00", Locale.ENGLISH, List.of(), List.of()).grade())
                .isZero();
    }
}
