package io.cureflow.compliance;

/**
 * How a contact attempt ended. Call outcomes follow Reg F comment 14(b)(3)(ii)-1: a call that connects counts toward the
 * call frequencies (answered, rang unanswered, reached a voicemail with or without a message); a busy signal or a
 * number not in service does not.
 */
public enum AttemptOutcome {
    CONVERSATION,
    ANSWERED_NO_CONVERSATION,
    VOICEMAIL_LEFT,
    VOICEMAIL_NO_MESSAGE,
    RING_NO_ANSWER,
    BUSY,
    NOT_IN_SERVICE,
    SENT,
    DELIVERED,
    FAILED,
    BLOCKED,
    NO_CONTACT_POINT,
    RECEIVED
}
