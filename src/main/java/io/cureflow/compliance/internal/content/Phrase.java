package io.cureflow.compliance.internal.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phrase from {@code compliance/content-phrases.yml}, matched as whole words against a {@link Texts#fold folded}
 * text. Syntax, kept small so that the compliance team can edit the list: words separated by spaces match across any
 * whitespace; {@code (a|b c)} is one of the alternatives; a group followed by {@code ?} is optional; {@code *} at the
 * end of a word matches any ending ({@code garnish*}: garnish, garnishment); {@code #} is a number.
 * <p>
 * The guardrail runs some two hundred phrases over every message, and a regular expression that starts with a
 * look-behind is tried at every position of the text. Most phrases never occur, so the expression only runs on a text
 * that holds the phrase's {@link PhraseClues clues}.
 */
record Phrase(String source, Pattern pattern, PhraseClues clues) {

    private static final String EDGE_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String EDGE_AFTER = "(?![\\p{L}\\p{N}])";

    static Phrase of(String source) {
        String phrase = moveSpacesIntoOptionalGroups(Texts.fold(source));
        return new Phrase(source, Pattern.compile(EDGE_BEFORE + translate(phrase) + EDGE_AFTER),
                PhraseClues.of(phrase));
    }

    boolean foundIn(String foldedText) {
        return clues.admit(foldedText) && pattern.matcher(foldedText).find();
    }

    /** Where the phrase occurs: start and end offsets in the folded text. */
    List<int[]> spansIn(String foldedText) {
        if (!clues.admit(foldedText)) {
            return List.of();
        }
        List<int[]> spans = new ArrayList<>();
        Matcher matcher = pattern.matcher(foldedText);
        while (matcher.find()) {
            spans.add(new int[]{matcher.start(), matcher.end()});
        }
        return spans;
    }

    /**
     * A phrase with an optional group must match with the group left out: the space before it (or after it, for a
     * group that opens the phrase) joins the group, around all its alternatives: "collect (a|the)? debt" reads
     * "collect( (a|the))? debt", so "collect the debt" matches as well as "collect a debt" and "collect debt".
     */
    private static String moveSpacesIntoOptionalGroups(String phrase) {
        StringBuilder out = new StringBuilder(phrase);
        for (int close = out.indexOf(")?"); close >= 0; close = out.indexOf(")?", close + 2)) {
            int open = matchingOpen(out, close);
            if (open > 0 && out.charAt(open - 1) == ' ') {
                out.deleteCharAt(open - 1);
                out.insert(close - 1, ')');
                out.insert(open, " (");
                close += 2;
            } else if (open == 0 && close + 2 < out.length() && out.charAt(close + 2) == ' ') {
                out.deleteCharAt(close + 2);
                out.insert(close, ") ");
                out.insert(open + 1, '(');
                close += 3;
            }
        }
        return out.toString();
    }

    private static int matchingOpen(CharSequence text, int close) {
        int depth = 0;
        for (int i = close; i >= 0; i--) {
            if (text.charAt(i) == ')') {
                depth++;
            } else if (text.charAt(i) == '(' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("Unbalanced parentheses in phrase: " + text);
    }

    private static String translate(String phrase) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            switch (c) {
                case ' ' -> regex.append("\\s+");
                case '(' -> regex.append("(?:");
                case ')', '|', '?' -> regex.append(c);
                case '*' -> regex.append("[\\p{L}\\p{N}]*");
                case '#' -> regex.append("\\d+");
                default -> {
                    if (Character.isLetterOrDigit(c)) {
                        regex.append(c);
                    } else {
                        regex.append('\\').append(c);
                    }
                }
            }
        }
        return regex.toString();
    }
}
