package io.cureflow.account.internal;

/** One validated account and its borrower, ready to store. */
public record IntakeItem(BorrowerData borrower, AccountData account) {
}
