package io.cureflow.compliance.internal.web;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Collects every bad field of one request, then fails once with all of them. */
final class FrequencyFields {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final List<ComplianceApiError.FieldMessage> problems = new ArrayList<>();

    void reject(String field, String message) {
        problems.add(new ComplianceApiError.FieldMessage(field, message));
    }

    <E extends Enum<E>> E enumValue(String field, String value, Class<E> type, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                reject(field, "is required, one of " + Arrays.toString(type.getEnumConstants()));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            reject(field, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    /** ISO-8601 with an offset: a local time alone does not say when the contact happened. */
    Instant instant(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                reject(field, "is required, ISO-8601 with an offset, e.g. 2026-04-01T10:00:00-04:00");
            }
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            if (parsesAsLocal(value.trim())) {
                reject(field, "needs an offset or Z, e.g. " + value.trim() + "-04:00");
            } else {
                reject(field, "is not an ISO-8601 date-time with an offset");
            }
            return null;
        }
    }

    /** The number in E.164, or null after rejecting it. */
    String phone(String field, String value) {
        try {
            PhoneNumber number = PHONES.parse(value, "US");
            if (PHONES.isValidNumber(number)) {
                return PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
            }
        } catch (NumberParseException e) {
            // rejected below
        }
        reject(field, "is not a valid phone number");
        return null;
    }

    String email(String field, String value) {
        if (EMAIL.matcher(value.trim()).matches()) {
            return value.trim();
        }
        reject(field, "is not a valid email address");
        return null;
    }

    boolean ok() {
        return problems.isEmpty();
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new FrequencyRequestException(problems);
        }
    }

    private static boolean parsesAsLocal(String value) {
        try {
            LocalDateTime.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
