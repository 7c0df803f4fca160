package io.cureflow.compliance;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where the validation notice of a case stands.
 *
 * @param noticeDueOn   the last day the notice may be sent (five days after the initial communication)
 * @param noticeDueAt   the end of that day in the collector's zone: after it, an unsent notice blocks collection
 * @param noticeSentAt  null until the notice went out
 * @param period        null until the notice went out
 */
public record ValidationNoticeStatus(long caseId, Instant initialCommunicationAt, Channel initialChannel,
                                     LocalDate noticeDueOn, Instant noticeDueAt, Instant noticeSentAt,
                                     NoticeMedium medium, ValidationPeriod period) {

    public boolean noticeSent() {
        return noticeSentAt != null;
    }
}
