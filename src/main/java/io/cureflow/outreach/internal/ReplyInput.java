package io.cureflow.outreach.internal;

import io.cureflow.compliance.Channel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A reply as typed, before it is accepted: a borrower answers by text or email, or on a call or in a voicemail, whose
 * transcript is the text (channel CALL); 1 to 1600 characters. The same checks serve the sandbox page and the API.
 */
record ReplyInput(String channel, String text) {

    static final int MAX_LENGTH = 1600;

    /** A problem with one field; {@code code} completes the bundle key {@code outreach.reply.error.<code>}. */
    record Problem(String field, String code) {
    }

    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (replyChannel() == null) {
            problems.add(new Problem("channel", "channel"));
        }
        if (text == null || text.isBlank() || text.strip().length() > MAX_LENGTH) {
            problems.add(new Problem("text", "text"));
        }
        return problems;
    }

    /** SMS, EMAIL or CALL, or null when the channel is anything else. */
    Channel replyChannel() {
        if (channel == null) {
            return null;
        }
        return switch (channel.trim().toUpperCase(Locale.ROOT)) {
            case "SMS" -> Channel.SMS;
            case "EMAIL" -> Channel.EMAIL;
            case "CALL" -> Channel.CALL;
            default -> null;
        };
    }

    String cleanText() {
        return text.strip();
    }
}
