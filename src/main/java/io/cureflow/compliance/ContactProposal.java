package io.cureflow.compliance;

import java.time.Instant;

/** A contact the journey or an agent wants to make. {@code contactPoint} is a phone (E.164) or email, may be null. */
public record ContactProposal(long caseId, Channel channel, String contactPoint, Instant at) {
}
