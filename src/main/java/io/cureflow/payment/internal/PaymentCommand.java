package io.cureflow.payment.internal;

import java.math.BigDecimal;
import java.time.Instant;

/** A validated request to post a payment. */
record PaymentCommand(String externalReference, String accountExternalId, BigDecimal amount, String currency,
                      Instant paidAt) {
}
