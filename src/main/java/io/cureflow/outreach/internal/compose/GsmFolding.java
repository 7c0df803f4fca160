package io.cureflow.outreach.internal.compose;

/**
 * Keeps a text in the GSM-7 alphabet where only a few letters stand in the way: the accented vowels GSM 03.38 lacks
 * (á, í, ó, ú; é and ñ are in it), typographic quotes and dashes. A text with anything else (an emoji, a letter of
 * another script) is left as written and goes as UCS-2.
 */
final class GsmFolding {

    private static final String FROM = "áíóúÁÍÓÚâêîôûÂÊÎÔÛ‘’‚“”„–—…";
    private static final String[] TO = {"a", "i", "o", "u", "A", "I", "O", "U", "a", "e", "i", "o", "u", "A", "E",
            "I", "O", "U", "'", "'", "'", "\"", "\"", "\"", "-", "-", "..."};

    private GsmFolding() {
    }

    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            int at = FROM.indexOf(text.charAt(i));
            out.append(at < 0 ? String.valueOf(text.charAt(i)) : TO[at]);
        }
        String folded = out.toString();
        return SmsSegmentCounter.isGsm7(folded) ? folded : text;
    }
}
