package io.cureflow.compliance.internal.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.internal.web.ComplianceApiError.FieldMessage;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the fields the compliance API shares and collects every problem, naming the field, so that one answer lists
 * them all. Messages never repeat the value: it may be a phone number or an email address.
 */
final class RequestFields {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final List<FieldMessage> problems = new ArrayList<>();

    Long requiredId(String field, JsonNode value) {
        if (value == null || value.isNull()) {
            return missing(field);
        }
        if (value.isIntegralNumber() && value.canConvertToLong() && value.longValue() > 0) {
            return value.longValue();
        }
        if (value.isTextual() && value.asText().matches("[1-9][0-9]{0,17}")) {
            return Long.parseLong(value.asText());
        }
        return problem(field, field + " must be a positive whole number (a CureFlow id)");
    }

    /** A CureFlow id when the field is present, null when it is absent. */
    Long optionalId(String field, JsonNode value) {
        return value == null || value.isNull() ? null : requiredId(field, value);
    }

    <E extends Enum<E>> E requiredEnum(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return missing(field);
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return problem(field, field + " must be one of " + Arrays.toString(type.getEnumConstants())
                    .replaceAll("[\\[\\] ]", "").replace(",", ", "));
        }
    }

    /** The instant of an ISO-8601 date-time with an offset, or {@code fallback} when the field is absent. */
    Instant instantWithOffset(String field, String value, Instant fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            return problem(field, field + " must be an ISO-8601 date-time with an offset, e.g. 2026-03-02T14:30:00-05:00");
        }
    }

    /** A phone number in E.164 for phone channels, a lower-cased email address for email; null when absent. */
    String contactPoint(String field, String value, Channel channel) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (channel == Channel.EMAIL) {
            return EMAIL.matcher(trimmed).matches() ? trimmed.toLowerCase(Locale.ROOT)
                    : problem(field, field + " must be an email address for the EMAIL channel");
        }
        try {
            PhoneNumber number = PHONES.parse(trimmed, "US");
            if (PHONES.isValidNumber(number)) {
                return PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
            }
        } catch (NumberParseException e) {
            // reported below
        }
        return problem(field, field + " must be a valid phone number for the " + channel + " channel");
    }

    void check(boolean condition, String field, String message) {
        if (!condition) {
            problem(field, message);
        }
    }

    /** Throws when any field was bad; nothing has been stored at that point. */
    void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidComplianceRequestException(problems);
        }
    }

    private <T> T missing(String field) {
        return problem(field, field + " is required");
    }

    private <T> T problem(String field, String message) {
        problems.add(new FieldMessage(field, message));
        return null;
    }
}
