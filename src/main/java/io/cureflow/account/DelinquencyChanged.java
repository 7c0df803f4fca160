package io.cureflow.account;

/** Days past due or balance of an account with an open case changed outside a payment (for example a re-import). */
public record DelinquencyChanged(long caseId, long accountId, int daysPastDue) {
}
