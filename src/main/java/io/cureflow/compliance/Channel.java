package io.cureflow.compliance;

public enum Channel {
    SMS,
    EMAIL,
    CALL,
    VOICEMAIL
}
