package io.cureflow.compliance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Checks every outbound text before it is sent: the required disclosure and opt-out in the message's language, the
 * limited-content form of a voicemail, no prohibited claims, no personal data beyond what the channel allows, the SMS
 * length, and the state and city requirements. A message that fails is not sent.
 */
public interface ContentGuardrail {

    GuardrailVerdict check(OutboundContent content);

    /** Keeps the verdict of a message's check for the audit trail and the case timeline. */
    void record(long caseId, Long messageId, Channel channel, GuardrailVerdict verdict, Instant checkedAt);

    /** Checks that failed for this case, oldest first. */
    List<BlockedContent> blockedContentOfCase(long caseId);

    /**
     * The licence number a written or digital message to a consumer in this state must show, e.g. the California
     * debt-collector licence (Cal. Civ. Code 1788.11); empty when none is required or none is configured.
     */
    Optional<String> requiredLicenceNumber(String state);

    record BlockedContent(long checkId, Long messageId, Channel channel, Instant checkedAt,
                          List<ComplianceReason> violations) {
    }
}
