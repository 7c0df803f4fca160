package io.cureflow.outreach.internal.compose;

/** How a text is prepared for the SMS channel and what it costs, for writers outside this package. */
public final class SmsTexts {

    private SmsTexts() {
    }

    /** One line, single spaces, and in GSM-7 when cureflow.outreach.compose.fold-sms-accents is on. */
    public static String prepare(String text, ComposeProperties properties) {
        String line = text.replaceAll("\\s+", " ").strip();
        return properties.foldSmsAccents() ? GsmFolding.fold(line) : line;
    }

    public static String fold(String text) {
        return GsmFolding.fold(text);
    }

    public static int segments(String text) {
        return SmsSegmentCounter.segments(text);
    }
}
