package io.cureflow.outreach.internal.compose;

/** A message a writer produced. {@code subject} is set for email only. */
public record WrittenMessage(String subject, String body, Provenance provenance) {
}
