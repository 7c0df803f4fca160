package io.cureflow.compliance;

import java.time.Instant;

/**
 * The first communication about a case's debt happened: its validation notice is due by {@code noticeDueAt}. The
 * journey starts tracking the notice.
 */
public record InitialCommunicationRecorded(long caseId, Instant at, Instant noticeDueAt) {
}
