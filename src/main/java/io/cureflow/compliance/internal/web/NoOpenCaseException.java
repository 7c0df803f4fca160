package io.cureflow.compliance.internal.web;

/** The account exists but has no open collection case, so no contact about it is proposed. */
class NoOpenCaseException extends RuntimeException {

    NoOpenCaseException(long accountId) {
        super("Account " + accountId + " has no open case");
    }
}
