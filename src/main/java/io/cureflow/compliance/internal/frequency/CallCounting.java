package io.cureflow.compliance.internal.frequency;

import io.cureflow.compliance.AttemptOutcome;
import io.cureflow.compliance.CallRecipient;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactDirection;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which attempts are telephone calls placed to the consumer that count toward Reg F §1006.14(b)(2)(i), and which are
 * conversations. A ringless voicemail is a call (comment 14(b)-1); texts and emails never are.
 */
final class CallCounting {

    /**
     * Connected calls count (comment 14(b)(3)(ii)-1). A journey call recorded as SENT or DELIVERED has no carrier
     * outcome yet and counts, to be safe.
     */
    private static final Set<AttemptOutcome> CONNECTED = EnumSet.of(AttemptOutcome.CONVERSATION,
            AttemptOutcome.ANSWERED_NO_CONVERSATION, AttemptOutcome.VOICEMAIL_LEFT, AttemptOutcome.VOICEMAIL_NO_MESSAGE,
            AttemptOutcome.RING_NO_ANSWER, AttemptOutcome.SENT, AttemptOutcome.DELIVERED);

    /** Attempts that never reached the network: they were not placed at all. */
    private static final Set<AttemptOutcome> NOT_PLACED = EnumSet.of(AttemptOutcome.BLOCKED,
            AttemptOutcome.NO_CONTACT_POINT, AttemptOutcome.FAILED, AttemptOutcome.RECEIVED);

    private CallCounting() {
    }

    static boolean isCall(Channel channel) {
        return channel == Channel.CALL || channel == Channel.VOICEMAIL;
    }

    /** Counts toward the seven calls in seven days; inbound calls do not (catalogue E11). */
    static boolean countsAsCall(Channel channel, ContactDirection direction, String outcome, CallRecipient recipient) {
        return isCall(channel) && direction == ContactDirection.OUTBOUND && recipient == CallRecipient.CONSUMER
                && CONNECTED.contains(parse(outcome));
    }

    /** A telephone conversation with the consumer, whoever placed the call. */
    static boolean conversation(Channel channel, String outcome, CallRecipient recipient) {
        return isCall(channel) && recipient == CallRecipient.CONSUMER
                && parse(outcome) == AttemptOutcome.CONVERSATION;
    }

    /** A call placed to a number, whoever answered: what the call-pattern policy spaces out. */
    static boolean placed(Channel channel, ContactDirection direction, String outcome) {
        return isCall(channel) && direction == ContactDirection.OUTBOUND && !NOT_PLACED.contains(parse(outcome));
    }

    static Set<String> notPlacedOutcomes() {
        return Set.of(AttemptOutcome.BLOCKED.name(), AttemptOutcome.NO_CONTACT_POINT.name(),
                AttemptOutcome.FAILED.name(), AttemptOutcome.RECEIVED.name());
    }

    /** An outcome this code does not know is treated as a connected call: counting too many is the safe error. */
    private static AttemptOutcome parse(String outcome) {
        try {
            return AttemptOutcome.valueOf(outcome);
        } catch (IllegalArgumentException | NullPointerException e) {
            return AttemptOutcome.SENT;
        }
    }
}
