package io.cureflow.understanding.internal.offline;

import io.cureflow.understanding.internal.offline.NormalizedText.Word;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a reply into {@link NormalizedText}: lower case, accents folded, emojis read as words, drawn-out letters
 * shortened ("pleeease"), shorthand spelled out ("u", "xq"), one-letter slips in critical words corrected. Sentence
 * punctuation stays as words of its own, since negation and clauses end there.
 */
final class TextNormalizer {

    private TextNormalizer() {
    }

    private record Raw(String text, int start, int end) {
    }

    static NormalizedText normalize(String original) {
        List<Raw> raw = split(original);
        List<Word> words = new ArrayList<>(raw.size() + 4);
        StringBuilder text = new StringBuilder(original.length() + 16);
        for (int i = 0; i < raw.size(); i++) {
            Raw word = raw.get(i);
            String next = i + 1 < raw.size() ? clean(raw.get(i + 1).text()) : null;
            String cleaned = clean(word.text());
            String expanded = Shorthand.expand(cleaned, next);
            for (String part : expanded.split(" ")) {
                String spelled = CriticalSpelling.correct(part);
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                words.add(new Word(spelled, text.length(), word.start(), word.end()));
                text.append(spelled);
            }
        }
        return new NormalizedText(original, text.toString(), words);
    }

    /** Lower case, accents folded, apostrophes dropped, a run of three or more of one letter made one. */
    private static String clean(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String folded = isAscii(lower) ? lower : Normalizer.normalize(lower, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        StringBuilder cleaned = new StringBuilder(folded.length());
        int i = 0;
        while (i < folded.length()) {
            char c = folded.charAt(i);
            int run = 1;
            while (i + run < folded.length() && folded.charAt(i + run) == c) {
                run++;
            }
            if (c != '\'' && c != '\u2019') {
                cleaned.append(c);
                if (run == 2 || !Character.isLetter(c)) {
                    cleaned.append(String.valueOf(c).repeat(run - 1));
                }
            }
            i += run;
        }
        return cleaned.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    private static List<Raw> split(String text) {
        List<Raw> words = new ArrayList<>();
        int i = 0;
        int length = text.length();
        while (i < length) {
            int codePoint = text.codePointAt(i);
            int width = Character.charCount(codePoint);
            if (Character.isLetterOrDigit(codePoint)) {
                int end = endOfWord(text, i);
                words.add(new Raw(text.substring(i, end), i, end));
                i = end;
                continue;
            }
            String emoji = EmojiMeanings.meaning(codePoint);
            if (emoji != null) {
                words.add(new Raw(emoji, i, i + width));
            } else if (codePoint == '$') {
                words.add(new Raw("$", i, i + 1));
            } else if (".,!?;:\u2026\u00bf\u00a1".indexOf(codePoint) >= 0) {
                String mark = codePoint == '\u2026' ? "." : codePoint == '\u00bf' || codePoint == '\u00a1' ? ","
                        : String.valueOf((char) codePoint);
                boolean repeated = !words.isEmpty() && words.get(words.size() - 1).text().equals(mark)
                        && words.get(words.size() - 1).end() == i;
                if (repeated) {
                    Raw previous = words.remove(words.size() - 1);
                    words.add(new Raw(mark, previous.start(), i + width));
                } else {
                    words.add(new Raw(mark, i, i + width));
                }
            }
            i += width;
        }
        return words;
    }

    /** A word runs over letters, digits, inner apostrophes, and the separators of numbers and dates (1,250.50, 1/15). */
    private static int endOfWord(String text, int start) {
        int i = start;
        int length = text.length();
        while (i < length) {
            int codePoint = text.codePointAt(i);
            if (Character.isLetterOrDigit(codePoint) || Character.getType(codePoint) == Character.NON_SPACING_MARK) {
                i += Character.charCount(codePoint);
            } else if (i + 1 < length && isInner(text.charAt(i), text.charAt(i - 1), text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isInner(char c, char before, char after) {
        if (c == '\'' || c == '\u2019') {
            return Character.isLetter(before) && Character.isLetter(after);
        }
        return (c == ',' || c == '.' || c == '/' || c == '-') && Character.isDigit(before) && Character.isDigit(after);
    }
}
