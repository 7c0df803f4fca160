package io.cureflow.understanding.internal.limits;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A reply as the limit patterns read it: lower case, accents folded, contractions spelled out ("don't" is "do not"),
 * "p.m." written "pm", sentence marks kept as words of their own (they end a clause, and with it a negation), one space
 * between words. Only the patterns read it: evidence is not taken from it.
 */
final class LimitText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern MERIDIEM = Pattern.compile("\\b([ap])\\s?\\.\\s?m\\b\\.?");
    private static final Pattern CLAUSE_MARK = Pattern.compile("\\s*([,;!?]|\\.(?!\\d))\\s*");
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9:.,;!?' -]+");
    /** A greeting names a part of the day without setting a time: "good morning" is no request for mornings. */
    private static final Pattern GREETINGS = Pattern.compile(
            "\\b(?:good (?:morning|afternoon|evening|night)|buen(?:os|as) (?:dias|tardes|noches))\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private LimitText() {
    }

    static String of(String reply) {
        String text = MARKS.matcher(Normalizer.normalize(reply, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        text = MERIDIEM.matcher(text).replaceAll("$1m").replace("o'clock", "oclock").replace("o clock", "oclock");
        text = GREETINGS.matcher(text).replaceAll(" , ");
        text = text.replaceAll("\\bcan'?t\\b", "can not").replaceAll("\\b(do|does|did|can|could|would|should|is|are|was|were)n'?t\\b", "$1 not")
                .replaceAll("\\bcannot\\b", "can not").replaceAll("\\bwon'?t\\b", "will not")
                .replaceAll("\\b(i|you|we|they)'m\\b", "$1 am").replaceAll("\\bi'?m\\b", "i am")
                .replaceAll("\\b(?:pls|plz)\\b", "please").replaceAll("\\btxt(s|ing)?\\b", "text$1")
                .replaceAll("\\bmsg(s)?\\b", "message$1").replaceAll("\\be-mail", "email")
                .replaceAll("\\b(\\d{1,2})\\s?-\\s?(\\d{1,2})(?![0-9])", "$1 to $2");
        text = OTHER.matcher(text).replaceAll(" ");
        text = CLAUSE_MARK.matcher(text).replaceAll(" $1 ");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
