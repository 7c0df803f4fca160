package io.cureflow.account;

import java.math.BigDecimal;
import java.util.List;

/** What outreach and compliance need to know about the person behind a case. Personal data: never log it. */
public record CaseContact(long caseId, long accountId, String accountExternalId, long borrowerId, String firstName,
                          String lastName, String language, String state, String zip, String timeZone,
                          List<ContactPointView> contactPoints, String creditor, String product, BigDecimal balance,
                          BigDecimal amountPastDue, String currency, int daysPastDue) {
}
