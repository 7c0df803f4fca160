package io.cureflow.compliance.internal.content;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PhraseTests {

    private static final PhraseBook BOOK = new PhraseBook(new ContentProperties(8, "",
            new ClassPathResource("compliance/content-phrases.yml")));

    private static final List<Phrase> EVERY_PHRASE = everyPhrase();

    /**
     * The words the phrase list is made of, a wording of each phrase (its first and its last alternatives), and a few
     * words that sit near them in real messages.
     */
    private static final List<String> WORDS = vocabulary();

    @ParameterizedTest(name = "{0} finds: {1}")
    @CsvSource(delimiter = ';', value = {
            "collect (a|the|this|your)? debt; we are trying to collect the debt",
            "collect (a|the|this|your)? debt; we are trying to collect your debt",
            "collect (a|the|this|your)? debt; we are trying to collect debt",
            "responsible for (your)? (late|deceased)? mother's debt; you are responsible for your deceased mother's debt",
            "responsible for (your)? (late|deceased)? mother's debt; you are responsible for mother's debt",
            "(we|you)? obtain; any information we obtain",
            "(we|you)? obtain; any information you obtain",
            "(we|you)? obtain; obtain it"})
    void findsAPhraseWithEveryAlternativeOfAnOptionalGroupAndWithoutIt(String phrase, String text) {
        assertThat(Phrase.of(phrase).foundIn(Texts.fold(text))).isTrue();
    }

    @Test
    void anOptionalGroupNeverGluesTwoWordsTogether() {
        assertThat(Phrase.of("collect (a|the)? debt").foundIn(Texts.fold("collect thedebt"))).isFalse();
        assertThat(Phrase.of("(we|you)? obtain").foundIn(Texts.fold("weobtain"))).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "garnish*; [[garnish]]",
            "(you)? must pay in full; [[must], [full], [pay], [in]]",
            "(today|now) only; [[only], [today, now]]",
            "(is|comes) from a debt collector; [[collector], [from], [debt], [is, comes], [a]]",
            "(offer|this|it) expires in # (hours|days); [[expires], [hours, days], [offer, this, it], [in]]",
            "(attempting|trying) (to collect|to pay (the)? debt); [[attempting, trying], [collect, debt]]",
            "(a|(b)?) c; [[c]]",
            "you're in; [[you], [re], [in]]",
            "colou?r; []",
            "a|b; []"})
    void readsTheWordsEveryMatchContains(String phrase, String clues) {
        assertThat(Phrase.of(phrase).clues().required()).hasToString(clues);
    }

    @Test
    void everyPhraseOfTheListHasClues() {
        assertThat(EVERY_PHRASE).allSatisfy(phrase -> assertThat(phrase.clues().required()).as(phrase.source())
                .isNotEmpty());
    }

    @Property(tries = 1000)
    void theCluesNeverChangeWhetherOrWhereAPhraseIsFound(@ForAll("texts") String text) {
        String folded = Texts.fold(text);
        for (Phrase phrase : EVERY_PHRASE) {
            List<int[]> expected = new ArrayList<>();
            Matcher matcher = phrase.pattern().matcher(folded);
            while (matcher.find()) {
                expected.add(new int[]{matcher.start(), matcher.end()});
            }
            assertThat(phrase.foundIn(folded)).as(phrase.source()).isEqualTo(!expected.isEmpty());
            assertThat(phrase.spansIn(folded)).as(phrase.source()).containsExactlyElementsOf(expected);
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(40)
                .map(words -> String.join(" ", words));
    }

    private static List<Phrase> everyPhrase() {
        List<Phrase> all = new ArrayList<>();
        for (String language : List.of("en", "es")) {
            BOOK.initialDisclosure(language).entries().forEach(all::addAll);
            BOOK.subsequentDisclosure(language).entries().forEach(all::addAll);
            for (io.cureflow.compliance.Channel channel : io.cureflow.compliance.Channel.values()) {
                all.addAll(BOOK.optOut(channel, language));
            }
        }
        all.addAll(BOOK.businessNameForbidden());
        all.addAll(BOOK.voicemailDebtWords());
        for (ProhibitedCategory category : BOOK.prohibited()) {
            all.addAll(category.phrases());
            all.addAll(category.exceptions());
        }
        return List.copyOf(all);
    }

    private static List<String> vocabulary() {
        Stream<String> fromPhrases = EVERY_PHRASE.stream()
                .flatMap(phrase -> Arrays.stream(phrase.source().split("[^\\p{L}\\p{N}']+")))
                .filter(word -> !word.isEmpty());
        Stream<String> around = Stream.of("30", "7", "Garnishment", "GARNISHED", "Cárcel", "información", "usará",
                "sued.", "jail,", "debt-free", "mother's", "you're", "(attorney)", "$150.25", "ESQ.", "stopall",
                "el", "de", "we", "your", "and", "a", "the", "\n", "-", "¿", "¡");
        Stream<String> wordings = EVERY_PHRASE.stream()
                .flatMap(phrase -> Stream.of(wording(phrase.source(), true), wording(phrase.source(), false)));
        return Stream.of(fromPhrases, around, wordings).flatMap(words -> words).distinct().toList();
    }

    private static String wording(String phrase, boolean first) {
        String innermost = first ? "\\(([^()|]*)(?:\\|[^()]*)?\\)\\??" : "\\((?:[^()]*\\|)?([^()|]*)\\)\\??";
        String previous;
        String wording = phrase;
        do {
            previous = wording;
            wording = wording.replaceAll(innermost, "$1");
        } while (!wording.equals(previous));
        return wording.replace("*", first ? "" : "ment").replace("#", "30");
    }
}
