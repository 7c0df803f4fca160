package io.cureflow.outreach.internal.compose;

import java.util.Locale;

/** Syllables of one word, counted from its vowel groups by the spelling rules of English or Spanish. */
final class Syllables {

    private Syllables() {
    }

    static int english(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 0;
        }
        if (w.length() <= 3) {
            return 1;
        }
        // silent endings: "make", "paused", "takes"; but "table" and "needed" keep theirs
        if (w.endsWith("le") && w.length() > 2 && !isEnglishVowel(w.charAt(w.length() - 3))) {
            return groups(w.substring(0, w.length() - 2)) + 1;
        }
        String stem = w.replaceAll("(?:[^aeiouysxzcgh]es|[^aeiouydt]ed|[^aeiouy]e)$", "x");
        int count = groups(stem);
        return Math.max(1, count);
    }

    private static int groups(String w) {
        int count = 0;
        boolean previousVowel = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean vowel = isEnglishVowel(c) && !(c == 'y' && i == 0);
            if (vowel && !previousVowel) {
                count++;
            }
            previousVowel = vowel;
        }
        return count;
    }

    private static boolean isEnglishVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    /**
     * Strong vowels (a, e, o) next to each other are two syllables; a weak one (i, u) joins its neighbour in one,
     * unless it carries the accent (día, baúl). The u of que, qui, gue, gui is silent; a final y after a vowel (hoy,
     * muy) closes the syllable.
     */
    static int spanish(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("(?<=[qg])u(?=[eéií])", "");
        if (w.equals("y")) {
            return 1;
        }
        int count = 0;
        char previousVowel = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (isSpanishVowel(c)) {
                if (previousVowel == 0 || !joins(previousVowel, c)) {
                    count++;
                }
                previousVowel = c;
            } else if (!(c == 'y' && i == w.length() - 1 && previousVowel != 0)) {
                previousVowel = 0;
            }
        }
        return Math.max(count, w.chars().anyMatch(Character::isLetter) ? 1 : 0);
    }

    private static boolean joins(char first, char second) {
        boolean weakFirst = "iuü".indexOf(first) >= 0;
        boolean weakSecond = "iuü".indexOf(second) >= 0;
        return weakFirst || weakSecond;
    }

    private static boolean isSpanishVowel(char c) {
        return "aeiouáéíóúü".indexOf(c) >= 0;
    }
}
