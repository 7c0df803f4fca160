package io.cureflow.compliance.internal;

/** The decision is not a block that only overridable rules made, or it was overridden already. */
public class NotOverridableException extends RuntimeException {

    public NotOverridableException(String message) {
        super(message);
    }
}
