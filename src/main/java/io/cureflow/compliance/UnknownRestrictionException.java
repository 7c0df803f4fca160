package io.cureflow.compliance;

public class UnknownRestrictionException extends RuntimeException {

    public UnknownRestrictionException(long restrictionId) {
        super("No contact restriction " + restrictionId);
    }
}
