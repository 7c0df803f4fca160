package io.cureflow.compliance.internal.caps;

import io.cureflow.compliance.Channel;

import java.time.Instant;

/**
 * One outbound ledger row as the cap rules count it. {@code contactPoint} is personal data: rules compare it, never
 * write it into a detail or message.
 */
public record OutboundAttempt(Instant at, Channel channel, Long accountId, String contactPoint, String outcome) {

    /** Reached the consumer's device or inbox, or rang: what "a communication or attempt that went out" means here. */
    public boolean wentOut() {
        return !LedgerOutcomes.NOT_CONTACTED.contains(outcome);
    }

    /** Calls, texts and voicemails: the telephone media. */
    public boolean byTelephone() {
        return channel != Channel.EMAIL;
    }
}
