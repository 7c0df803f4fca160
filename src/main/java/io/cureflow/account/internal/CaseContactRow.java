package io.cureflow.account.internal;

import io.cureflow.account.CaseContact;
import io.cureflow.account.ContactPointView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One row of the case-contact projection: the case, its account and borrower, and one of the borrower's contact points
 * (none when the borrower has none). The compliance gate reads a case's contact for every proposed contact; a
 * projection keeps those reads out of the persistence context, so the transaction's flush has nothing of them to check.
 */
record CaseContactRow(long caseId, long accountId, String accountExternalId, long borrowerId, String firstName,
                      String lastName, String language, String state, String zip, String timeZone, String creditor,
                      String product, BigDecimal balance, BigDecimal amountPastDue, String currency,
                      LocalDate delinquentSince, Long pointId, ContactPointView.Kind pointKind, String pointValue,
                      String pointLineType, Boolean pointConsent, Boolean pointOptedOut) {

    /** The contact the rows describe; they all describe the same case, one row per contact point. */
    static CaseContact contactOf(List<CaseContactRow> rows, LocalDate today) {
        CaseContactRow first = rows.get(0);
        List<ContactPointView> points = rows.stream().filter(row -> row.pointId() != null)
                .map(row -> new ContactPointView(row.pointId(), row.pointKind(), row.pointValue(),
                        row.pointLineType(), Objects.requireNonNullElse(row.pointConsent(), false),
                        Objects.requireNonNullElse(row.pointOptedOut(), false)))
                .toList();
        int daysPastDue = new PastDuePosition(first.balance(), first.amountPastDue(), first.delinquentSince())
                .daysPastDue(today);
        return new CaseContact(first.caseId(), first.accountId(), first.accountExternalId(), first.borrowerId(),
                first.firstName(), first.lastName(), first.language(), first.state(), first.zip(), first.timeZone(),
                points, first.creditor(), first.product(), first.balance(), first.amountPastDue(), first.currency(),
                daysPastDue);
    }
}
