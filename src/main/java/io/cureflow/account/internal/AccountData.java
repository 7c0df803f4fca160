package io.cureflow.account.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A validated account as read from a CSV row or a JSON request. */
public record AccountData(String externalId, String creditor, String product, BigDecimal balance, String currency,
                          LocalDate dueDate, int daysPastDue) {
}
