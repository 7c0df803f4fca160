package io.cureflow.compliance.internal.content;

/**
 * How many SMS segments a text takes. A text of GSM 03.38 characters is sent in 7-bit units: 160 in one segment, 153
 * per segment once it is split (the rest carries the concatenation header), extension characters such as € or braces take
 * two units and are never split across segments. Any other character switches the whole text to UCS-2: 70 UTF-16
 * units in one segment, 67 per part, and a surrogate pair (most emoji) is never split.
 */
record SmsSegments(Encoding encoding, int units, int segments) {

    enum Encoding { GSM_7, UCS_2 }

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    static SmsSegments of(String text) {
        return isGsm(text) ? gsm(text) : ucs2(text);
    }

    private static boolean isGsm(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (GSM_BASIC.indexOf(c) < 0 && GSM_EXTENSION.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static SmsSegments gsm(String text) {
        int units = 0;
        for (int i = 0; i < text.length(); i++) {
            units += GSM_EXTENSION.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
        }
        if (units <= 160) {
            return new SmsSegments(Encoding.GSM_7, units, units == 0 ? 0 : 1);
        }
        int segments = 1;
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            int size = GSM_EXTENSION.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
            if (used + size > 153) {
                segments++;
                used = 0;
            }
            used += size;
        }
        return new SmsSegments(Encoding.GSM_7, units, segments);
    }

    private static SmsSegments ucs2(String text) {
        int units = text.length();
        if (units <= 70) {
            return new SmsSegments(Encoding.UCS_2, units, 1);
        }
        int segments = 1;
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            int size = Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
            if (used + size > 67) {
                segments++;
                used = 0;
            }
            used += size;
            i += size - 1;
        }
        return new SmsSegments(Encoding.UCS_2, units, segments);
    }
}
