package io.cureflow.compliance.internal.web;

/** A stop may be lifted by a manager or an administrator only. */
class RestrictionLiftForbiddenException extends RuntimeException {

    RestrictionLiftForbiddenException(long restrictionId) {
        super("Lifting stop " + restrictionId + " needs a manager or an administrator");
    }
}
