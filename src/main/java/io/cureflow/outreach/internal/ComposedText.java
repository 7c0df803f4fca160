package io.cureflow.outreach.internal;

/** A message written from the bundles. {@code subject} is set for email only. */
record ComposedText(String templateKey, String subject, String body) {
}
