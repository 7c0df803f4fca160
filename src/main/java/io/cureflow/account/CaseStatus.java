package io.cureflow.account;

public enum CaseStatus {
    /** Automated journey running. */
    OPEN,
    /** A person works the case; automation paused. */
    WITH_AGENT,
    CLOSED
}
