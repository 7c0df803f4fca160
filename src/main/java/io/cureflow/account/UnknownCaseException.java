package io.cureflow.account;

/** No collection case has the given id. */
public class UnknownCaseException extends RuntimeException {

    public UnknownCaseException(long caseId) {
        super("No collection case with id " + caseId);
    }
}
