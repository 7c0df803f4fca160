package io.cureflow.payment;

/** A payment was applied to an account; {@code caseId} is its open case or null. */
public record PaymentPosted(long paymentId, long accountId, Long caseId, boolean accountCurrent) {
}
