package io.cureflow.outreach.internal;

/** Who a sandbox reply comes from: a borrower (their latest conversation) or one case. Exactly one is set. */
record ReplyTarget(Long borrowerId, Long caseId) {

    static ReplyTarget borrower(long borrowerId) {
        return new ReplyTarget(borrowerId, null);
    }
}
