package io.cureflow.outreach.internal.compose;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reading grade of a message. English: Flesch-Kincaid grade level. Spanish: the Fernández-Huerta reading ease
 * mapped onto school grades by its own scale (90 and up fourth grade, 80 to 90 fifth, 70 to 80 sixth, 60 to 70
 * seventh and eighth), that is grade = 4 + (100 - ease) / 10. Legal sentences (disclosure, opt-out, licence line) are
 * left out: their wording is prescribed, not ours. Links, phone numbers and amounts are not words a reader decodes
 * syllable by syllable, so they are left out too; names from the brief count as one-syllable words.
 */
@Component
public class ReadabilityCheck {

    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)|\\n+");
    private static final String PLACEHOLDER = "Sam";

    private final ComposeProperties properties;

    public ReadabilityCheck(ComposeProperties properties) {
        this.properties = properties;
    }

    public record Score(double grade, int words, int sentences, int syllables) {
    }

    public boolean readable(String text, Locale locale, Collection<String> legalLines, Collection<String> names) {
        return score(text, locale, legalLines, names).grade() <= properties.gradeLimit();
    }

    public Score score(String text, Locale locale, Collection<String> legalLines, Collection<String> names) {
        String plain = text;
        for (String legal : legalLines) {
            if (legal != null && !legal.isBlank()) {
                plain = plain.replace(legal, "\n");
            }
        }
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                plain = plain.replace(name, PLACEHOLDER);
            }
        }
        plain = URL.matcher(plain).replaceAll(" ");
        boolean spanish = "es".equals(locale.getLanguage());
        int words = 0;
        int syllables = 0;
        int sentences = 0;
        for (String sentence : sentences(plain)) {
            Matcher word = WORD.matcher(sentence);
            int inSentence = 0;
            while (word.find()) {
                inSentence++;
                syllables += spanish ? Syllables.spanish(word.group()) : Syllables.english(word.group());
            }
            if (inSentence > 0) {
                words += inSentence;
                sentences++;
            }
        }
        if (words == 0) {
            return new Score(0, 0, 0, 0);
        }
        double grade = spanish ? fernandezHuertaGrade(words, sentences, syllables)
                : fleschKincaidGrade(words, sentences, syllables);
        return new Score(Math.max(0, grade), words, sentences, syllables);
    }

    private static double fleschKincaidGrade(int words, int sentences, int syllables) {
        return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    private static double fernandezHuertaGrade(int words, int sentences, int syllables) {
        // as Flesch's ease, of which it is the Spanish fit: the last term is words per sentence
        double ease = 206.84 - 0.60 * (100.0 * syllables / words) - 1.02 * words / sentences;
        return 4 + (100 - ease) / 10;
    }

    private static List<String> sentences(String text) {
        List<String> found = new ArrayList<>();
        Matcher end = SENTENCE_END.matcher(text);
        int from = 0;
        while (end.find()) {
            found.add(text.substring(from, end.start()));
            from = end.end();
        }
        found.add(text.substring(from));
        return found.stream().filter(s -> !s.isBlank()).map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }
}
