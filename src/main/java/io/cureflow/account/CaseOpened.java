package io.cureflow.account;

/** A past-due account opened a new collection case; its journey should start. */
public record CaseOpened(long caseId, long accountId) {
}
