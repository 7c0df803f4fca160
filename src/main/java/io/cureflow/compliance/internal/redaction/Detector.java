package io.cureflow.compliance.internal.redaction;

import io.cureflow.compliance.Redactor.SensitiveData;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One kind of personal data: where it may sit in text ({@code pattern}, the value in group {@code group}), what a
 * real one looks like beyond its shape ({@code valid}, given the digits), and what replaces it ({@code mask}). A
 * labelled kind also names its {@code clues}, letters every match of its label contains, and a kind known by its
 * digits how many a match holds at least ({@code digits}) within how many characters ({@code within}, 0 for no such
 * bound). A text that cannot hold a match is not searched: most messages are spared a search at every position.
 */
record Detector(SensitiveData kind, List<String> clues, int digits, int within, Pattern pattern, int group,
                Predicate<String> valid, Function<String, String> mask) {

    /** Whether the text may hold a match; {@code caseFolded} is the text as {@link #caseFold} gives it. */
    boolean mayMatch(String text, String caseFolded) {
        return (clues.isEmpty() || clues.stream().anyMatch(caseFolded::contains))
                && (within == 0 || holdsDigits(text));
    }

    private boolean holdsDigits(String text) {
        int inWindow = 0;
        for (int i = 0; i < text.length(); i++) {
            inWindow += asciiDigit(text.charAt(i)) ? 1 : 0;
            if (i >= within && asciiDigit(text.charAt(i - within))) {
                inWindow--;
            }
            if (inWindow >= digits) {
                return true;
            }
        }
        return false;
    }

    private static boolean asciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Each character as the case-insensitive Unicode search compares it, upper then lower case, so that a clue found
     * here is found wherever the pattern's label would match.
     */
    static String caseFold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        text.codePoints().forEach(c -> folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return folded.toString();
    }

    /** The text with every valid match masked, and whether anything was masked. */
    Result apply(String text) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (matcher.find()) {
            String value = matcher.group(group);
            String digits = Checksums.digitsOf(value);
            if (!valid.test(digits)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, matcher.start(group)).append(mask.apply(digits));
            copied = matcher.end(group);
        }
        if (out == null) {
            return new Result(text, false);
        }
        return new Result(out.append(text, copied, text.length()).toString(), true);
    }

    record Result(String text, boolean found) {
    }

    static String lastFour(String label, String digits) {
        return "[" + label + " ••••" + digits.substring(Math.max(0, digits.length() - 4)) + "]";
    }
}
