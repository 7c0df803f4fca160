package io.cureflow.outreach.internal.compose.llm;

import io.cureflow.compliance.Channel;
import io.cureflow.outreach.internal.compose.MessageBrief;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The versioned writing instructions (a resource file) and the facts of one message, taken from the brief alone and
 * holding no personal data: the borrower's name, the amount and the link travel as placeholders.
 */
final class WritingPrompt {

    private static final Pattern TONE = Pattern.compile("[a-z][a-z -]{0,29}");

    private final String version;
    private final String instructions;

    private WritingPrompt(String version, String instructions) {
        this.version = version;
        this.instructions = instructions;
    }

    static WritingPrompt load(String version) {
        ClassPathResource resource = new ClassPathResource("outreach/llm/" + version + ".txt");
        try {
            return new WritingPrompt(version, resource.getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("No writing prompt " + version, e);
        }
    }

    String version() {
        return version;
    }

    String instructions() {
        return instructions;
    }

    String facts(MessageBrief brief, Placeholders placeholders, int maxChars) {
        StringBuilder facts = new StringBuilder();
        facts.append("Channel: ").append(brief.channel() == Channel.EMAIL ? "email" : "text message (SMS)").append('\n');
        facts.append("Language: ").append(spanish(brief) ? "Spanish" : "English").append('\n');
        facts.append("Tone: ").append(tone(brief.tone())).append('\n');
        facts.append("Step: ").append(brief.step())
                .append(brief.step() <= 1 ? " (the first reminder)" : " (a follow-up reminder)").append('\n');
        if (brief.initialCommunication()) {
            facts.append("First contact: yes, so say who is writing")
                    .append(placeholders.offers("{sender}") ? " ({sender})" : "")
                    .append(" and what account this is about")
                    .append(placeholders.offers("{creditor}") ? " ({creditor})" : "").append('\n');
        }
        facts.append("Placeholders you may use:");
        for (String name : placeholders.names()) {
            facts.append(' ').append(name);
        }
        facts.append('\n');
        facts.append("Length: the body at most ").append(maxChars).append(" characters, placeholders counted as written");
        return facts.toString();
    }

    static boolean spanish(MessageBrief brief) {
        return brief.locale() != null && "es".equals(brief.locale().getLanguage());
    }

    private static String tone(String tone) {
        String normalized = tone == null ? "" : tone.trim().toLowerCase(Locale.ROOT);
        return TONE.matcher(normalized).matches() ? normalized : "neutral";
    }
}
