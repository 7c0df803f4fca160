package io.cureflow.account;

import java.math.BigDecimal;

/**
 * The effect of a payment on an account.
 *
 * @param caseId the open case of the account, or null when none was open
 */
public record PaymentApplied(long accountId, Long caseId, BigDecimal balance, BigDecimal amountPastDue,
                             int daysPastDue, boolean current) {
}
