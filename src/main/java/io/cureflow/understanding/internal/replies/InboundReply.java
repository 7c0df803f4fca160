package io.cureflow.understanding.internal.replies;

import io.cureflow.compliance.Channel;

import java.time.Instant;
import java.time.ZoneId;

/** The facts about one reply the actions need. {@code address} is personal data: {@link #toString()} leaves it out. */
record InboundReply(long messageId, long caseId, long accountId, Channel channel, String address, Instant receivedAt,
                    ZoneId zone) {

    @Override
    public String toString() {
        return "InboundReply[messageId=" + messageId + ", caseId=" + caseId + ", channel=" + channel + "]";
    }
}
