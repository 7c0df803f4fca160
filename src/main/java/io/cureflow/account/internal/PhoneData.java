package io.cureflow.account.internal;

/** A validated phone number in E.164 form. */
public record PhoneData(String e164, LineType lineType) {
}
