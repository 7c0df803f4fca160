package io.cureflow.understanding;

/**
 * Words of the reply that decided its classification, for the agent's screen.
 *
 * @param text  the words as they appear in the (redacted) reply
 * @param start offset of the first character in the reply
 * @param end   offset after the last character
 */
public record Evidence(String text, int start, int end) {
}
