package io.cureflow.compliance.internal.web;

/** No account has the CureFlow id a compliance request named. */
class UnknownAccountIdException extends RuntimeException {

    UnknownAccountIdException(long accountId) {
        super("No account with id " + accountId);
    }
}
