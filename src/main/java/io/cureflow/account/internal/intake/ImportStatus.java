package io.cureflow.account.internal.intake;

public enum ImportStatus {
    RUNNING,
    COMPLETED,
    FAILED
}
