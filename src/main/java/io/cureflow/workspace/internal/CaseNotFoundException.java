package io.cureflow.workspace.internal;

/** No case has the requested id. */
class CaseNotFoundException extends RuntimeException {

    CaseNotFoundException(long caseId) {
        super("No case with id " + caseId);
    }
}
