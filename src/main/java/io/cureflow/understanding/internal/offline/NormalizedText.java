package io.cureflow.understanding.internal.offline;

import io.cureflow.understanding.Evidence;

import java.util.List;

/**
 * A reply as the rules and the model read it: lower-case words without accents, shorthand spelled out, one space
 * between words, each word knowing where it came from in the original so evidence points at the borrower's own words.
 *
 * @param original the reply as received
 * @param text     the normalised words joined by single spaces
 * @param words    the normalised words in order
 */
record NormalizedText(String original, String text, List<Word> words) {

    /**
     * One normalised word.
     *
     * @param text  the normalised spelling
     * @param at    its offset in {@link NormalizedText#text()}
     * @param start offset of the original word it came from
     * @param end   offset after that original word
     */
    record Word(String text, int at, int start, int end) {

        int endAt() {
            return at + text.length();
        }
    }

    NormalizedText {
        words = List.copyOf(words);
    }

    /** The index of the word covering a character of {@link #text()}, or of the next word when it is a space. */
    int wordAt(int offset) {
        int low = 0;
        int high = words.size() - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (words.get(middle).endAt() <= offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The original words behind a span of {@link #text()}. */
    Evidence evidence(int from, int to) {
        Word first = words.get(wordAt(from));
        Word last = words.get(wordAt(Math.max(from, to - 1)));
        return new Evidence(original.substring(first.start(), last.end()), first.start(), last.end());
    }

    Evidence evidenceOfWord(int index) {
        Word word = words.get(index);
        return new Evidence(original.substring(word.start(), word.end()), word.start(), word.end());
    }
}
