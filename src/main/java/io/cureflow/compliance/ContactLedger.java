package io.cureflow.compliance;

import java.time.Instant;
import java.util.List;

/** The contact ledger: one row per attempt, sent, blocked or failed. */
public interface ContactLedger {

    /** @param outcome SENT, DELIVERED, FAILED, BLOCKED, ... */
    long record(long caseId, Channel channel, String contactPoint, String outcome, Long decisionId, Instant at);

    /** As {@link #record}, for either direction: a borrower's reply is an inbound row. */
    long record(long caseId, Channel channel, String contactPoint, ContactDirection direction, String outcome,
                Long decisionId, Instant at);

    /**
     * Records an attempt made outside the journey (a manual call, an inbound call) with the debts it counts toward.
     *
     * @throws UnknownDecisionException when the record names a decision that does not exist; nothing is written
     */
    RecordedAttempt record(AttemptRecord attempt);

    List<ContactAttempt> attemptsOfCase(long caseId);

    /**
     * True once CureFlow has communicated with this borrower in any medium, whoever started it (Reg F comment
     * 18(e)(1)-1): a text or email sent or delivered, a call with a conversation, or anything the borrower sent in. A
     * limited-content voicemail is no communication. Decides between the initial and the subsequent disclosure.
     */
    boolean hasCommunicatedWith(long borrowerId);

    /** Decisions that blocked a contact for this case, newest last (for the case timeline). */
    List<BlockedContact> blockedContactsOfCase(long caseId);

    record BlockedContact(long decisionId, Channel channel, Instant at, Instant nextAllowedAt, String reason) {
    }
}
