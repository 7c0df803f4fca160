package io.cureflow.payment;

import java.math.BigDecimal;
import java.time.Instant;

public record PaymentView(long paymentId, String externalReference, long accountId, Long caseId, BigDecimal amount,
                          String currency, Instant paidAt, int daysPastDueAfter) {
}
