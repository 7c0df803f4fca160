package io.cureflow.understanding.internal.llm;

import com.fasterxml.jackson.databind.JsonNode;
import io.cureflow.understanding.Promise;
import io.cureflow.understanding.internal.llm.RejectedAnswer.Reason;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The promise in a model's answer: an ISO date from the day of the reply to a year later (a date in the past means the
 * model resolved a weekday wrongly) and a positive amount, given as a number or as text with a dollar sign and commas.
 */
final class PromiseReader {

    private static final BigDecimal LARGEST_AMOUNT = new BigDecimal("10000000");

    private PromiseReader() {
    }

    static Promise read(JsonNode node, LocalDate receivedOn) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new RejectedAnswer(Reason.BAD_PROMISE);
        }
        LocalDate date = date(node.path("date"), receivedOn);
        BigDecimal amount = amount(node.path("amount"));
        return date == null && amount == null ? null : new Promise(date, amount);
    }

    private static LocalDate date(JsonNode node, LocalDate receivedOn) {
        String value = ModelAnswerReader.textOrNull(node);
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.isBefore(receivedOn) || date.isAfter(receivedOn.plusYears(1))) {
                throw new RejectedAnswer(Reason.BAD_PROMISE);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new RejectedAnswer(Reason.BAD_PROMISE);
        }
    }

    private static BigDecimal amount(JsonNode node) {
        BigDecimal amount;
        if (node.isNumber()) {
            amount = node.decimalValue();
        } else {
            String value = ModelAnswerReader.textOrNull(node);
            if (value == null) {
                return null;
            }
            try {
                amount = new BigDecimal(value.replace("$", "").replace(",", "").trim());
            } catch (NumberFormatException e) {
                throw new RejectedAnswer(Reason.BAD_PROMISE);
            }
        }
        if (amount.signum() <= 0 || amount.compareTo(LARGEST_AMOUNT) >= 0) {
            throw new RejectedAnswer(Reason.BAD_PROMISE);
        }
        return amount;
    }
}
