package io.cureflow.outreach.internal.compose;

/**
 * A writer backed by a language model, present only when one is configured. Its output is checked like any other
 * (content guardrail, length, readability) and the template is used when it fails.
 */
public interface GenerativeMessageWriter extends MessageWriter {
}
