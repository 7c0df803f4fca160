package io.cureflow.outreach.internal;

import java.time.Instant;

/** A borrower who has messages: when the latest happened, how many there are, and their newest case. */
record BorrowerActivity(long borrowerId, Instant latestAt, long messageCount, long latestCaseId) {
}
