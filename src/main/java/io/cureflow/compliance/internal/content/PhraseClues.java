package io.cureflow.compliance.internal.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Words every match of a phrase contains, read from the phrase syntax of {@link Phrase}: each letter run outside the
 * groups, and for a group that is not optional one word of each of its alternatives. A text that lacks them cannot
 * match, so the regular expression need not run; that is the whole saving, the expression still decides.
 *
 * @param required sets of words: a match contains at least one word of every set
 */
record PhraseClues(List<List<String>> required) {

    static final PhraseClues NONE = new PhraseClues(List.of());

    boolean admit(String folded) {
        for (List<String> either : required) {
            if (either.stream().noneMatch(folded::contains)) {
                return false;
            }
        }
        return true;
    }

    /** A bare {@code ?} after a letter, or a {@code |} outside any group, makes letters optional: no clues then. */
    static PhraseClues of(String phrase) {
        for (int i = 0; i < phrase.length(); i++) {
            if (phrase.charAt(i) == '?' && (i == 0 || phrase.charAt(i - 1) != ')')) {
                return NONE;
            }
        }
        Reader reader = new Reader(phrase);
        List<List<String>> required = reader.sequence();
        if (!reader.atEnd()) {
            return NONE;
        }
        List<List<String>> selective = new ArrayList<>(required);
        selective.sort(Comparator.comparingInt(PhraseClues::shortest).reversed());
        return new PhraseClues(List.copyOf(selective));
    }

    private static int shortest(List<String> either) {
        return either.stream().mapToInt(String::length).min().orElse(0);
    }

    private static final class Reader {

        private final String phrase;
        private int position;

        Reader(String phrase) {
            this.phrase = phrase;
        }

        boolean atEnd() {
            return position >= phrase.length();
        }

        List<List<String>> sequence() {
            List<List<String>> required = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            while (!atEnd()) {
                char c = phrase.charAt(position);
                if (c == '|' || c == ')') {
                    break;
                }
                if (Character.isLetterOrDigit(c)) {
                    run.append(c);
                    position++;
                    continue;
                }
                flush(run, required);
                position++;
                if (c == '(') {
                    group(required);
                }
            }
            flush(run, required);
            return required;
        }

        private void group(List<List<String>> required) {
            List<List<List<String>>> alternatives = new ArrayList<>();
            alternatives.add(sequence());
            while (!atEnd() && phrase.charAt(position) == '|') {
                position++;
                alternatives.add(sequence());
            }
            if (atEnd()) {
                return;
            }
            position++;
            if (!atEnd() && phrase.charAt(position) == '?') {
                position++;
                return;
            }
            List<String> either = new ArrayList<>();
            for (List<List<String>> alternative : alternatives) {
                String word = alternative.stream().filter(words -> words.size() == 1).map(words -> words.get(0))
                        .max(Comparator.comparingInt(String::length)).orElse(null);
                if (word == null) {
                    return;
                }
                either.add(word);
            }
            required.add(List.copyOf(either));
        }

        private static void flush(StringBuilder run, List<List<String>> required) {
            if (!run.isEmpty()) {
                required.add(List.of(run.toString()));
                run.setLength(0);
            }
        }
    }
}
