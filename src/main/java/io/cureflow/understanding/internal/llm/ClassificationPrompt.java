package io.cureflow.understanding.internal.llm;

import io.cureflow.understanding.Reply;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The versioned instructions (a resource file, so a prompt change is a reviewed file change with a new version) and
 * the message that carries one reply: the day it arrived in the borrower's zone, its channel, its language if known,
 * and the redacted text between markers.
 */
final class ClassificationPrompt {

    private final String version;
    private final String instructions;

    private ClassificationPrompt(String version, String instructions) {
        this.version = version;
        this.instructions = instructions;
    }

    static ClassificationPrompt load(String version) {
        ClassPathResource resource = new ClassPathResource("understanding/llm/" + version + ".txt");
        try {
            return new ClassificationPrompt(version, resource.getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("No classification prompt " + version, e);
        }
    }

    String version() {
        return version;
    }

    String instructions() {
        return instructions;
    }

    /** @param redactedText the reply's text after redaction: the only words of the borrower that leave CureFlow */
    String message(Reply reply, String redactedText, LocalDate receivedOn, ZoneId zone) {
        String language = reply.language() == null ? "unknown (detect it)" : reply.language();
        return "Received on: " + receivedOn + " (" + receivedOn.getDayOfWeek().getDisplayName(TextStyle.FULL,
                Locale.ENGLISH) + "), borrower's time zone " + zone.getId() + "\n"
                + "Channel: " + (reply.channel() == null ? "unknown" : reply.channel().name().toLowerCase(Locale.ROOT))
                + "\n"
                + "Language: " + language + "\n"
                + "Reply between the markers:\n<<<REPLY\n" + redactedText + "\nREPLY>>>";
    }
}
