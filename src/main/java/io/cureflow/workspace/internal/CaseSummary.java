package io.cureflow.workspace.internal;

import io.cureflow.account.CaseOutcome;
import io.cureflow.account.CaseStatus;
import io.cureflow.account.CaseView;
import io.cureflow.account.DelinquencyStage;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A case as the workspace shows it, in lists, on the case page and in the API. Holds personal data: never log it. */
public record CaseSummary(long caseId, long accountId, String accountExternalId, long borrowerId, String borrowerName,
                          String creditor, String product, BigDecimal balance, BigDecimal amountPastDue,
                          String currency, LocalDate dueDate, int daysPastDue, CaseStatus status,
                          DelinquencyStage stage, CaseOutcome outcome, Instant openedAt, Instant closedAt) {

    static CaseSummary of(CaseView view) {
        return new CaseSummary(view.caseId(), view.accountId(), view.accountExternalId(), view.borrowerId(),
                view.borrowerName(), view.creditor(), view.product(), view.balance(), view.amountPastDue(),
                view.currency(), view.dueDate(), view.daysPastDue(), view.status(), view.stage(), view.outcome(),
                view.openedAt(), view.closedAt());
    }

    @Override
    public String toString() {
        return "CaseSummary[caseId=" + caseId + ", status=" + status + ", stage=" + stage + "]";
    }
}
