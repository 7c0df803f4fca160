package io.cureflow.outreach;

import io.cureflow.compliance.Channel;

import java.time.Instant;

/** One message of a case's conversation, outbound or inbound. Personal data: never log the body or address. */
public record OutreachMessage(long messageId, long caseId, Channel channel, Direction direction, String address,
                              String body, Status status, Instant createdAt, Instant sentAt) {

    public enum Direction { OUTBOUND, INBOUND }

    /** BLOCKED: the content guardrail refused the message; it is never handed to a gateway. */
    public enum Status { COMPOSED, SENT, DELIVERED, FAILED, RECEIVED, BLOCKED }
}
