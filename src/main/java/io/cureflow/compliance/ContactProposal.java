package io.cureflow.compliance;

import java.time.Instant;
import java.util.Objects;

/**
 * A contact the journey or an agent wants to make. {@code contactPoint} is a phone (E.164) or email, may be null.
 *
 * @param initiator who would make the contact: the journey's automation (automated texts, prerecorded or artificial
 *                  voice) or a person (an agent dialling by hand); TCPA consent rules differ between the two
 */
public record ContactProposal(long caseId, Channel channel, String contactPoint, Instant at, Initiator initiator) {

    public enum Initiator { AUTOMATED, AGENT }

    public ContactProposal {
        Objects.requireNonNull(initiator, "initiator");
    }

    /** A contact the journey's automation proposes. */
    public ContactProposal(long caseId, Channel channel, String contactPoint, Instant at) {
        this(caseId, channel, contactPoint, at, Initiator.AUTOMATED);
    }

    public boolean automated() {
        return initiator == Initiator.AUTOMATED;
    }
}
