package io.cureflow.compliance.internal;

import io.cureflow.compliance.Channel;

import java.time.Instant;

/**
 * A contact the consumer started, as the ledger holds it: a call in, a text or an email reply. {@code contactPoint}
 * (the number or address the consumer used) is personal data: compare it, never write it into a detail.
 */
public record InboundContact(long attemptId, long caseId, long borrowerId, Channel channel, String contactPoint,
                             Instant at) {

    @Override
    public String toString() {
        return "InboundContact[attemptId=" + attemptId + ", caseId=" + caseId + ", channel=" + channel + ", at=" + at
                + "]";
    }
}
