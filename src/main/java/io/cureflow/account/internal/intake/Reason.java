package io.cureflow.account.internal.intake;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * Why a field or row was rejected. The English text serves the API; pages read {@code account.reason.<code>} from the
 * bundle. No reason ever repeats the rejected value: it may be personal data.
 */
public enum Reason {
    REQUIRED("is required"),
    TOO_LONG("is longer than {0} characters"),
    INVALID_PHONE("is not a valid phone number"),
    INVALID_EMAIL("is not a valid email address"),
    NOT_A_NUMBER("is not a number"),
    NEGATIVE("must not be negative"),
    TOO_MANY_DECIMALS("has more than 2 decimals"),
    TOO_LARGE("is too large"),
    INVALID_DATE("is not a date in the format yyyy-MM-dd"),
    NOT_A_WHOLE_NUMBER("is not a whole number"),
    UNKNOWN_STATE("is not a US state code"),
    INVALID_ZIP("is not a ZIP code (12345 or 12345-6789)"),
    UNKNOWN_TIME_ZONE("is not an IANA time zone"),
    UNKNOWN_LANGUAGE("is not an ISO 639-1 language code"),
    UNKNOWN_CURRENCY("is not an ISO 4217 currency code"),
    DUPLICATE_IN_FILE("repeats the account of line {0}"),
    DUPLICATE_IN_REQUEST("repeats an account listed earlier in this request"),
    WRONG_FIELD_COUNT("has {0} fields where the header has another number"),
    NOT_STORED("could not be stored");

    private final String text;

    Reason(String text) {
        this.text = text;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String text(Long arg) {
        return arg == null ? text : new MessageFormat(text, Locale.ROOT).format(new Object[] {arg});
    }

    public static Reason ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
