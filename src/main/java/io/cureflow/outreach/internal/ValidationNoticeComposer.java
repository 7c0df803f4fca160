package io.cureflow.outreach.internal;

import io.cureflow.account.CaseContact;
import io.cureflow.compliance.ValidationPeriod;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the validation notice of Reg F §1006.34(c) from the outreach bundle, in the order of Model Form B-1. Every
 * field gets a value: a missing itemization line is a zero amount, never a blank (comment 34(c)(2)(viii)-1).
 * California consumers get the Civ. Code 1812.700 notice (catalogue CA-01) and, when the collector is licensed there, the
 * licence number (Civ. Code 1788.11). Being an email, it ends with the opt-out line of §1006.6(e).
 */
@Component
class ValidationNoticeComposer {

    static final String TEMPLATE_KEY = "outreach.validation-notice";
    private static final String PREFIX = TEMPLATE_KEY + ".";

    private final MessageSource messages;
    private final ValidationNoticeTextProperties properties;

    ValidationNoticeComposer(MessageSource messages, ValidationNoticeTextProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    /** @param itemizationDate the reference date the amounts are itemized from (§1006.34(b)(3)) */
    ComposedText compose(CaseContact contact, LocalDate itemizationDate, ValidationPeriod period) {
        return compose(contact, itemizationDate, period, null);
    }

    /** @param licenceNumber the licence number the consumer's state requires on written messages, or null */
    ComposedText compose(CaseContact contact, LocalDate itemizationDate, ValidationPeriod period,
                         String licenceNumber) {
        Locale locale = BorrowerLocale.of(contact.language());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        String collector = properties.collectorName();
        String collectorAddress = properties.collectorAddress();
        String consumer = consumerName(contact);
        String consumerAddress = consumerAddress(contact, locale);
        String creditor = present(contact.creditor()) ? contact.creditor().trim()
                : text("outreach.creditor.unknown", locale);
        String itemizedOn = dates.format(itemizationDate);
        String endsOn = dates.format(period.endsOn());
        BigDecimal current = contact.balance() == null ? BigDecimal.ZERO : contact.balance();

        List<String> lines = new ArrayList<>();
        lines.add(text("collector", locale, collector, creditor));
        lines.add(text("collector-address", locale, collector, collectorAddress));
        if (present(licenceNumber)) {
            lines.add(text("outreach.licence.california", locale, licenceNumber.trim()));
        }
        lines.add(text("consumer", locale, consumer, consumerAddress));
        lines.add("");
        lines.add(text("heading", locale));
        lines.add(text("itemization-creditor", locale, itemizedOn, creditor, lastFour(contact, locale)));
        lines.add(text("current-creditor", locale, creditor));
        lines.add(text("itemization-amount", locale, itemizedOn, money(contact, current, locale)));
        // the account module keeps no itemization since that date yet: interest, fees and payments are zero
        lines.add(text("interest", locale, itemizedOn, money(contact, BigDecimal.ZERO, locale)));
        lines.add(text("fees", locale, money(contact, BigDecimal.ZERO, locale)));
        lines.add(text("payments", locale, money(contact, BigDecimal.ZERO, locale)));
        lines.add(text("total", locale, money(contact, current, locale)));
        lines.add("");
        lines.add(text("dispute", locale, endsOn));
        lines.add(text("original-creditor", locale, endsOn));
        lines.add(text("electronic", locale, collectorAddress));
        lines.add(text("cfpb", locale));
        lines.add("");
        lines.add(text("respond-heading", locale));
        lines.add(text("respond-check", locale));
        lines.add(text("respond-dispute", locale));
        lines.add(text("respond-not-mine", locale));
        lines.add(text("respond-amount", locale));
        lines.add(text("respond-other", locale));
        lines.add(text("respond-original-creditor", locale));
        lines.add(text("respond-mail-to", locale, collector, collectorAddress));
        lines.add(text("respond-from", locale, consumer, consumerAddress));
        if ("CA".equalsIgnoreCase(trimmed(contact.state()))) {
            lines.add("");
            lines.add(text("state-notice-heading", locale));
            lines.add(text("california", locale));
        }
        lines.add("");
        lines.add(text("outreach.optout.email", locale));
        return new ComposedText(TEMPLATE_KEY, text("subject", locale, creditor), String.join("\n", lines));
    }

    private String consumerName(CaseContact contact) {
        return String.join(" ", List.of(trimmed(contact.firstName()), trimmed(contact.lastName())).stream()
                .filter(ValidationNoticeComposer::present).toList());
    }

    private String consumerAddress(CaseContact contact, Locale locale) {
        String address = String.join(" ", List.of(trimmed(contact.state()), trimmed(contact.zip())).stream()
                .filter(ValidationNoticeComposer::present).toList());
        return address.isEmpty() ? text("address-unknown", locale) : address;
    }

    private String lastFour(CaseContact contact, Locale locale) {
        String number = trimmed(contact.accountExternalId());
        if (number.isEmpty()) {
            return text("account-unknown", locale);
        }
        return number.length() <= 4 ? number : number.substring(number.length() - 4);
    }

    private static String money(CaseContact contact, BigDecimal amount, Locale locale) {
        return Amounts.format(amount, contact.currency(), locale);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key.startsWith("outreach.") ? key : PREFIX + key, args, locale);
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
