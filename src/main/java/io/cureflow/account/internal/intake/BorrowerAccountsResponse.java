package io.cureflow.account.internal.intake;

import java.util.List;

record BorrowerAccountsResponse(String borrowerId, List<StoredAccount> accounts, List<Long> openedCaseIds) {

    /** @param caseId the case opened by this request, or null */
    record StoredAccount(String accountId, long id, boolean created, Long caseId) {
    }
}
