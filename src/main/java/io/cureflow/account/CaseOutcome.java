package io.cureflow.account;

public enum CaseOutcome {
    CURED,
    CHARGE_OFF_REVIEW,
    CLOSED_BY_AGENT
}
