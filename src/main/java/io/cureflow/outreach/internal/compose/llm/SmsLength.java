package io.cureflow.outreach.internal.compose.llm;

/**
 * Counts SMS segments the way carriers do: GSM-7 text fits 160 characters in one segment and 153 in each of several
 * (the extension characters take two); any other character turns the whole text into UCS-2, 70 and 67.
 */
final class SmsLength {

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    private SmsLength() {
    }

    static int segments(String text) {
        int septets = septets(text);
        if (septets >= 0) {
            return septets <= 160 ? 1 : (septets + 152) / 153;
        }
        int units = text.length();
        return units <= 70 ? 1 : (units + 66) / 67;
    }

    /** Characters a text may hold in this many segments, for one that is GSM-7 or not. */
    static int capacity(int segments, boolean gsm) {
        if (gsm) {
            return segments == 1 ? 160 : segments * 153;
        }
        return segments == 1 ? 70 : segments * 67;
    }

    static boolean isGsm(String text) {
        return septets(text) >= 0;
    }

    private static int septets(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (GSM_BASIC.indexOf(c) >= 0) {
                count++;
            } else if (GSM_EXTENSION.indexOf(c) >= 0) {
                count += 2;
            } else {
                return -1;
            }
        }
        return count;
    }
}
