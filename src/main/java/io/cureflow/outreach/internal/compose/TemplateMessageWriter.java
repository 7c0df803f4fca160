package io.cureflow.outreach.internal.compose;

import io.cureflow.compliance.Channel;
import io.cureflow.outreach.internal.OutreachProperties;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Writes a message from the vetted templates. The variant is chosen from the case id and the slot by a fixed hash, so
 * a borrower keeps seeing one variant of a slot and the A/B groups split the cases evenly. A tone without templates
 * is written in the neutral tone; the voicemail has no tone, only the limited-content wording.
 */
@Component
public class TemplateMessageWriter {

    public static final String COMPOSER = "template";
    static final String NEUTRAL = "neutral";
    private static final Pattern TONE = Pattern.compile("[a-z][a-z-]{0,30}");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t]+\\n");
    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");

    private final MessageTemplates templates;
    private final ComposeProperties properties;
    private final OutreachProperties outreach;

    public TemplateMessageWriter(MessageTemplates templates, ComposeProperties properties,
                                 OutreachProperties outreach) {
        this.templates = templates;
        this.properties = properties;
        this.outreach = outreach;
    }

    /** This writer for one case, as a {@link MessageWriter}: it always writes. */
    public MessageWriter forCase(long caseId) {
        return brief -> Optional.of(write(brief, caseId));
    }

    public WrittenMessage write(MessageBrief brief, long caseId) {
        List<String> variants = variantsFor(brief);
        return writeVariant(brief, variants.get(bucket(caseId, Slot.of(brief.step(), properties), variants.size())));
    }

    /** The variants this brief's slot can be written in, for example [a, b]. */
    public List<String> variantsFor(MessageBrief brief) {
        String folder = folder(brief.channel(), brief.tone(), language(brief.locale()));
        List<String> variants = templates.variants(folder);
        if (variants.isEmpty()) {
            throw new IllegalStateException("No message template in " + folder);
        }
        return variants;
    }

    /** One given variant, for previews and tests. */
    public WrittenMessage writeVariant(MessageBrief brief, String variant) {
        Slot slot = Slot.of(brief.step(), properties);
        String folder = folder(brief.channel(), brief.tone(), language(brief.locale()));
        String text = templates.render(folder, variant, brief.locale(), variables(brief, slot)).replace("\r", "");
        String subject = null;
        String body;
        if (brief.channel() == Channel.EMAIL) {
            int end = text.indexOf('\n');
            subject = (end < 0 ? text : text.substring(0, end)).strip();
            body = paragraphs(end < 0 ? "" : text.substring(end + 1));
        } else if (brief.channel() == Channel.CALL) {
            body = SPACES.matcher(text).replaceAll(" ").lines().map(String::strip).filter(line -> !line.isEmpty())
                    .collect(java.util.stream.Collectors.joining("\n"));
        } else if (brief.channel() == Channel.SMS) {
            body = SmsTexts.prepare(text, properties);
        } else {
            body = text.replaceAll("\\s+", " ").strip();
        }
        return new WrittenMessage(subject, body, new Provenance(COMPOSER, variantName(brief.channel(), slot,
                folder, variant), null, null));
    }

    static int bucket(long caseId, Slot slot, int variants) {
        CRC32 crc = new CRC32();
        crc.update((caseId + "/" + slot.wireName()).getBytes(StandardCharsets.US_ASCII));
        return (int) (crc.getValue() % variants);
    }

    /** For example sms/first/supportive/es#b; a voicemail reads voicemail/first/limited/en#a. */
    static String variantName(Channel channel, Slot slot, String folder, String variant) {
        String[] parts = folder.split("/");
        String tone = channel == Channel.VOICEMAIL ? "limited" : parts[1];
        String language = parts[parts.length - 1];
        return parts[0] + "/" + slot.wireName() + "/" + tone + "/" + language + "#" + variant;
    }

    String folder(Channel channel, String tone, String language) {
        String name = channel.name().toLowerCase(Locale.ROOT);
        if (channel == Channel.VOICEMAIL) {
            return name + "/" + language;
        }
        String normalized = tone == null ? "" : tone.strip().toLowerCase(Locale.ROOT);
        boolean known = TONE.matcher(normalized).matches()
                && !templates.variants(name + "/" + normalized + "/" + language).isEmpty();
        return name + "/" + (known ? normalized : NEUTRAL) + "/" + language;
    }

    static String language(Locale locale) {
        return locale != null && "es".equals(locale.getLanguage()) ? "es" : "en";
    }

    private Map<String, Object> variables(MessageBrief brief, Slot slot) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("slot", slot.wireName());
        variables.put("step", brief.step());
        variables.put("firstName", brief.firstName());
        variables.put("amount", brief.amountDue());
        variables.put("creditor", brief.creditor());
        variables.put("sender", brief.senderName());
        variables.put("callback", brief.callbackNumber());
        variables.put("link", brief.paymentLink());
        variables.put("disclosure", brief.disclosure());
        variables.put("optOut", brief.optOutLine());
        variables.put("licence", brief.licenceLine());
        variables.put("person", outreach.voicemailContact());
        return variables;
    }

    private static String paragraphs(String text) {
        String spaced = SPACES.matcher(text).replaceAll(" ");
        String trimmed = TRAILING_SPACE.matcher(spaced.strip() + "\n").replaceAll("\n").strip();
        return BLANK_LINES.matcher(trimmed).replaceAll("\n\n");
    }
}
