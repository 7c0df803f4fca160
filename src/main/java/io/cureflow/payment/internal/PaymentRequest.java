package io.cureflow.payment.internal;

/**
 * A payment as the payer's system sends it. {@code accountId} is the account's external id; {@code amount} may be a
 * JSON number or a string; {@code paidAt} is an ISO-8601 instant with offset (defaults to now); {@code currency}
 * defaults to USD.
 */
record PaymentRequest(String externalReference, String accountId, String amount, String currency, String paidAt) {
}
