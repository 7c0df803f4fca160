package io.cureflow.account.internal;

import io.cureflow.account.CaseView;
import java.time.LocalDate;

final class CaseViews {

    private CaseViews() {
    }

    static CaseView of(CollectionCase found, LocalDate today) {
        Account account = found.account();
        Borrower borrower = account.borrower();
        return new CaseView(found.id(), account.id(), account.externalId(), borrower.id(), borrower.fullName(),
                account.creditor(), account.product(), account.balance(), account.amountPastDue(), account.currency(),
                account.dueDate(), account.daysPastDue(today), found.status(), found.stage(), found.outcome(),
                found.openedAt(), found.closedAt());
    }
}
