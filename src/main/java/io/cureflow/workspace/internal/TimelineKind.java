package io.cureflow.workspace.internal;

/** What happened on a case; each kind has a summary message {@code workspace.timeline.<KIND>} in the bundle. */
public enum TimelineKind {
    CASE_OPENED,
    STAGE_CHANGED,
    MESSAGE_COMPOSED,
    MESSAGE_SENT,
    MESSAGE_FAILED,
    REPLY_RECEIVED,
    CONTACT_ATTEMPTED,
    CONTACT_BLOCKED,
    PAYMENT_POSTED,
    RESTRICTION_RECORDED,
    CASE_CLOSED;

    public String summaryKey() {
        return "workspace.timeline." + name();
    }
}
