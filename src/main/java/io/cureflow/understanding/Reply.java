package io.cureflow.understanding;

import io.cureflow.compliance.Channel;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A borrower's text to classify, already redacted.
 *
 * @param language   "en" or "es", or null to detect it
 * @param receivedAt when it arrived; relative dates ("friday") count from here
 * @param zone       the borrower's zone for those dates
 */
public record Reply(String text, Channel channel, String language, Instant receivedAt, ZoneId zone) {

    @Override
    public String toString() {
        return "Reply[channel=" + channel + ", language=" + language + ", receivedAt=" + receivedAt + "]";
    }
}
