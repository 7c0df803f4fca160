package io.cureflow.compliance;

import java.util.List;
import java.util.Optional;

/**
 * The store of restrictions the gate reads on every evaluation: a restriction takes effect the moment it is recorded
 * and stops blocking the moment it is lifted.
 */
public interface ContactRestrictions {

    /**
     * Records the restriction; for a stop, announces {@link AutomatedContactStopped} for every open case it covers.
     *
     * @throws io.cureflow.account.UnknownAccountException when no account has that id
     * @throws InvalidRestrictionException                 when a field is missing or does not fit the kind
     */
    ContactRestriction record(NewRestriction restriction);

    /**
     * Lifts the restriction with a reason. A dispute is lifted only once verification was sent.
     *
     * @throws UnknownRestrictionException        when no restriction has that id
     * @throws RestrictionAlreadyLiftedException when it was lifted before
     * @throws InvalidRestrictionException        when the reason is missing or does not fit the kind
     */
    ContactRestriction lift(long restrictionId, String reason, String liftedBy);

    Optional<ContactRestriction> find(long restrictionId);

    /** Every restriction that covers this account, active and lifted, oldest first. */
    List<ContactRestriction> ofAccount(long accountId);
}
