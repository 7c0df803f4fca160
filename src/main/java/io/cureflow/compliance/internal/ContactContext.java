package io.cureflow.compliance.internal;

import io.cureflow.account.CaseContact;
import io.cureflow.compliance.ContactProposal;

import java.time.Instant;

/**
 * Everything a rule may look at for one proposed contact. {@code at} starts as the proposal's instant; the evaluator
 * moves it forward when it checks a later instant.
 */
public record ContactContext(ContactProposal proposal, CaseContact contact, ConsumerLocation location, Instant at) {

    public ContactContext at(Instant instant) {
        return new ContactContext(proposal, contact, location, instant);
    }
}
