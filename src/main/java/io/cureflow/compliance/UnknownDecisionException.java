package io.cureflow.compliance;

/** No compliance decision has this id. */
public class UnknownDecisionException extends RuntimeException {

    public UnknownDecisionException(long decisionId) {
        super("No compliance decision " + decisionId);
    }
}
