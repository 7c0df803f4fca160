package io.cureflow.outreach.internal;

import io.cureflow.account.CaseContact;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Money as the borrower reads it: US conventions in their language, in the account's currency. */
final class Amounts {

    private Amounts() {
    }

    static String format(CaseContact contact, Locale language) {
        BigDecimal amount = contact.amountPastDue() != null ? contact.amountPastDue()
                : contact.balance() != null ? contact.balance() : BigDecimal.ZERO;
        return format(amount, contact.currency(), language);
    }

    static String format(BigDecimal amount, String currencyCode, Locale language) {
        Locale usage = new Locale.Builder().setLanguage(language.getLanguage()).setRegion("US").build();
        String code = currencyCode == null ? "USD" : currencyCode.trim().toUpperCase(Locale.ROOT);
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            NumberFormat plain = NumberFormat.getNumberInstance(usage);
            plain.setMinimumFractionDigits(2);
            plain.setMaximumFractionDigits(2);
            return plain.format(amount) + " " + code;
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(usage);
        format.setCurrency(currency);
        return format.format(amount);
    }
}
