package io.cureflow.understanding.internal.replies;

import io.cureflow.account.ContactPointView;
import io.cureflow.compliance.Channel;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The facts about one reply the actions need. {@code address}, {@code text} and the borrower's {@code contactPoints}
 * are personal data: {@link #toString()} leaves them out.
 *
 * @param text          the reply as stored, already redacted
 * @param contactPoints the borrower's numbers and addresses on file, for a reply that names another channel
 */
record InboundReply(long messageId, long caseId, long accountId, Channel channel, String address, Instant receivedAt,
                    ZoneId zone, String text, List<ContactPointView> contactPoints) {

    InboundReply {
        text = text == null ? "" : text;
        contactPoints = contactPoints == null ? List.of() : List.copyOf(contactPoints);
    }

    @Override
    public String toString() {
        return "InboundReply[messageId=" + messageId + ", caseId=" + caseId + ", channel=" + channel + "]";
    }
}
