package io.cureflow.account.internal;

import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;

/** What libphonenumber can tell about a number; US numbers are mostly UNKNOWN (fixed line or mobile). */
public enum LineType {
    MOBILE,
    LANDLINE,
    VOIP,
    UNKNOWN;

    public static LineType of(PhoneNumberType type) {
        return switch (type) {
            case MOBILE -> MOBILE;
            case FIXED_LINE -> LANDLINE;
            case VOIP -> VOIP;
            default -> UNKNOWN;
        };
    }
}
