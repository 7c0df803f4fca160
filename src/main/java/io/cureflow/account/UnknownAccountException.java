package io.cureflow.account;

/** No account has the given external id. The id is not in the message: account numbers stay out of logs. */
public class UnknownAccountException extends RuntimeException {

    public UnknownAccountException() {
        super("No account with that external id");
    }
}
