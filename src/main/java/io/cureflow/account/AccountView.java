package io.cureflow.account;

import java.math.BigDecimal;

/**
 * An account as other modules may read it.
 *
 * @param openCaseId the account's case that is not closed, or null
 */
public record AccountView(long accountId, String externalId, long borrowerId, String currency, BigDecimal balance,
                          BigDecimal amountPastDue, int daysPastDue, Long openCaseId) {
}
