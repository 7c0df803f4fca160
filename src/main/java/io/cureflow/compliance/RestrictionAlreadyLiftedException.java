package io.cureflow.compliance;

public class RestrictionAlreadyLiftedException extends RuntimeException {

    public RestrictionAlreadyLiftedException(long restrictionId) {
        super("Contact restriction " + restrictionId + " was already lifted");
    }
}
