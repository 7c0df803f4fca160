package io.cureflow.compliance;

import java.time.Instant;
import java.util.Optional;

/**
 * The validation notice of each case's debt (Reg F §1006.34): when the initial communication happened, by when the
 * notice is due (five days later, §1006.34(a)(1)(i)(B)), when and how it was sent, and the validation period it opens
 * (§1006.34(b)(5)). Until the notice is sent after its deadline, rule RF-30 blocks further collection communications.
 */
public interface ValidationNotices {

    /**
     * Records the first communication with the consumer about the case's debt; later calls keep the first one. A
     * voicemail is a limited-content message, not a communication (§1006.2(j)), and records nothing.
     *
     * @return the case's notice status, or empty when the contact was not a communication
     */
    Optional<ValidationNoticeStatus> recordInitialCommunication(long caseId, Channel channel, Instant at);

    /**
     * Records that the notice went out. Sending it again (the first was undeliverable) moves the validation period to
     * the new notice (comment 34(b)(5)-2).
     */
    ValidationNoticeStatus recordNoticeSent(long caseId, NoticeMedium medium, Instant sentAt);

    Optional<ValidationNoticeStatus> statusOf(long caseId);

    /** The period a notice sent at this instant opens: what the notice itself must print. */
    ValidationPeriod periodIfSentAt(Instant sentAt);
}
