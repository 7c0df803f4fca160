package io.cureflow.outreach;

/** An inbound message reached CureFlow and was attached to this case. */
public record BorrowerReplied(long caseId, long messageId) {
}
