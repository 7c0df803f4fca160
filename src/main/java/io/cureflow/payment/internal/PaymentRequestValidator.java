package io.cureflow.payment.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Turns a request into a command, or names the first field that is wrong. Never echoes a value. */
@Component
class PaymentRequestValidator {

    private static final Pattern AMOUNT = Pattern.compile("\\d{1,17}(\\.\\d{1,2})?");
    private static final int REFERENCE_LENGTH = 100;
    private static final int ACCOUNT_ID_LENGTH = 64;

    private final Clock clock;

    PaymentRequestValidator(Clock clock) {
        this.clock = clock;
    }

    PaymentCommand validate(PaymentRequest request) {
        String reference = required("externalReference", request.externalReference(), REFERENCE_LENGTH);
        String accountId = required("accountId", request.accountId(), ACCOUNT_ID_LENGTH);
        return new PaymentCommand(reference, accountId, amount(request.amount()), currency(request.currency()),
                paidAt(request.paidAt()));
    }

    private static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidPaymentException(field, field + " is required");
        }
        if (value.strip().length() > maxLength) {
            throw new InvalidPaymentException(field, field + " is longer than " + maxLength + " characters");
        }
        return value.strip();
    }

    private static BigDecimal amount(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidPaymentException("amount", "amount is required");
        }
        String amount = value.strip();
        if (!AMOUNT.matcher(amount).matches()) {
            throw new InvalidPaymentException("amount",
                    "amount must be a positive number with at most 2 decimals");
        }
        BigDecimal parsed = new BigDecimal(amount).setScale(2, RoundingMode.UNNECESSARY);
        if (parsed.signum() <= 0) {
            throw new InvalidPaymentException("amount", "amount must be greater than 0");
        }
        return parsed;
    }

    private static String currency(String value) {
        if (value == null || value.isBlank()) {
            return "USD";
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        try {
            if (code.length() == 3) {
                return Currency.getInstance(code).getCurrencyCode();
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new InvalidPaymentException("currency", "currency is not an ISO 4217 currency code");
    }

    private Instant paidAt(String value) {
        if (value == null || value.isBlank()) {
            return clock.instant();
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidPaymentException("paidAt",
                    "paidAt is not an ISO-8601 date-time with offset, such as 2026-11-22T10:15:30Z");
        }
    }
}
