package io.cureflow.account.internal;

/**
 * What storing one account did.
 *
 * @param openedCaseId the case opened because the account is past due and had none open; null otherwise
 */
public record IntakeOutcome(String accountExternalId, long accountId, boolean created, Long openedCaseId) {
}
