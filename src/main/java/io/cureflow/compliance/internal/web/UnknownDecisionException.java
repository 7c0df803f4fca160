package io.cureflow.compliance.internal.web;

/** No compliance decision has the id a request named. */
class UnknownDecisionException extends RuntimeException {

    UnknownDecisionException(long decisionId) {
        super("No compliance decision with id " + decisionId);
    }
}
