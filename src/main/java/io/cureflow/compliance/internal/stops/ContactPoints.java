package io.cureflow.compliance.internal.stops;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import io.cureflow.account.CaseContact;
import io.cureflow.account.ContactPointView;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.internal.BoundedCache;

import java.util.Locale;
import java.util.Optional;

/** Numbers and addresses as restrictions store and compare them: phones in E.164, emails in lower case. */
final class ContactPoints {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    /** Rules compare the proposal's target with every restriction and contact point on file, in every evaluation. */
    private static final BoundedCache<String, Optional<String>> NORMALIZED =
            new BoundedCache<>(50_000, ContactPoints::normalizeTrimmed);

    private ContactPoints() {
    }

    static boolean isEmail(String value) {
        return value != null && value.indexOf('@') > 0;
    }

    static boolean isPhoneChannel(Channel channel) {
        return channel == Channel.SMS || channel == Channel.CALL || channel == Channel.VOICEMAIL;
    }

    /** The stored form, or empty when the value is neither a valid phone number nor an email address. */
    static Optional<String> normalize(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return NORMALIZED.get(value.trim());
    }

    private static Optional<String> normalizeTrimmed(String trimmed) {
        if (isEmail(trimmed)) {
            return trimmed.contains(" ") ? Optional.empty() : Optional.of(trimmed.toLowerCase(Locale.ROOT));
        }
        try {
            var number = PHONES.parse(trimmed, "US");
            return PHONES.isValidNumber(number) ? Optional.of(PHONES.format(number, PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return normalize(a).orElse(a.trim()).equalsIgnoreCase(normalize(b).orElse(b.trim()));
    }

    /** The borrower's record of the number or address the proposal targets, when it is on file. */
    static Optional<ContactPointView> onFile(CaseContact contact, String value) {
        return contact.contactPoints().stream().filter(point -> same(point.value(), value)).findFirst();
    }

    /** A channel covers another when it is the same, or when 'calls' covers voicemails left by calling. */
    static boolean covers(Channel restricted, Channel proposed) {
        return restricted == null || restricted == proposed
                || (restricted == Channel.CALL && proposed == Channel.VOICEMAIL);
    }
}
