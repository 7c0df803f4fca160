package io.cureflow.outreach.internal.compose;

/**
 * SMS segments the way carriers count them: GSM-7 (160 characters alone, 153 a part, extension characters take two
 * and are never split) unless one character is outside the GSM 03.38 alphabet, then UCS-2 (70 alone, 67 a part, a
 * surrogate pair never split). The content guardrail counts the same way for its hard limit.
 */
final class SmsSegmentCounter {

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    private SmsSegmentCounter() {
    }

    static boolean isGsm7(String text) {
        return text.chars().allMatch(c -> GSM_BASIC.indexOf(c) >= 0 || GSM_EXTENSION.indexOf(c) >= 0);
    }

    static int segments(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        boolean gsm = isGsm7(text);
        int single = gsm ? 160 : 70;
        int part = gsm ? 153 : 67;
        int units = 0;
        for (int i = 0; i < text.length(); i++) {
            units += unitsAt(text, i, gsm);
        }
        if (units <= single) {
            return 1;
        }
        int segments = 1;
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            int size = unitsAt(text, i, gsm);
            if (!gsm && Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()) {
                size = 2;
                i++;
            }
            if (used + size > part) {
                segments++;
                used = 0;
            }
            used += size;
        }
        return segments;
    }

    private static int unitsAt(String text, int i, boolean gsm) {
        return gsm && GSM_EXTENSION.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
    }
}
