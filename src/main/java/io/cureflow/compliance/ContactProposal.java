package io.cureflow.compliance;

import java.time.Instant;
import java.util.Objects;

/**
 * A contact the journey or an agent wants to make. {@code contactPoint} is a phone (E.164) or email, may be null.
 *
 * @param initiator    who would make the contact: the journey's automation (automated texts, prerecorded or
 *                     artificial voice) or a person (an agent dialling by hand); TCPA consent rules differ between the
 *                     two
 * @param inResponseTo the ledger id of the consumer's own inbound contact (a call, text or email the consumer started)
 *                     that this contact answers, or null for a contact CureFlow starts. Reg F lets a collector respond
 *                     once to such a contact where it would otherwise be barred (comments 6(b)(1)-2, 6(b)(2)-1;
 *                     §1006.14(h)(2)(ii)); the rules decide whether this one qualifies
 */
public record ContactProposal(long caseId, Channel channel, String contactPoint, Instant at, Initiator initiator,
                              Long inResponseTo) {

    public enum Initiator { AUTOMATED, AGENT }

    public ContactProposal {
        Objects.requireNonNull(initiator, "initiator");
    }

    /** A contact CureFlow starts. */
    public ContactProposal(long caseId, Channel channel, String contactPoint, Instant at, Initiator initiator) {
        this(caseId, channel, contactPoint, at, initiator, null);
    }

    /** A contact the journey's automation proposes. */
    public ContactProposal(long caseId, Channel channel, String contactPoint, Instant at) {
        this(caseId, channel, contactPoint, at, Initiator.AUTOMATED);
    }

    public boolean automated() {
        return initiator == Initiator.AUTOMATED;
    }

    public boolean respondsToConsumer() {
        return inResponseTo != null;
    }
}
