package io.cureflow.understanding.internal.web;

/**
 * A reply to classify, as posted; every field is read as text so that each bad one can be named.
 *
 * @param lang       "en" or "es"; detected when absent
 * @param receivedAt ISO-8601 with an offset; now when absent. Relative dates ("friday") count from here
 */
record ClassifyRequest(String text, String channel, String lang, String receivedAt) {
}
