package io.cureflow.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record CaseView(long caseId, long accountId, String accountExternalId, long borrowerId, String borrowerName,
                       String creditor, String product, BigDecimal balance, BigDecimal amountPastDue, String currency,
                       LocalDate dueDate, int daysPastDue, CaseStatus status, DelinquencyStage stage,
                       CaseOutcome outcome, Instant openedAt, Instant closedAt) {
}
