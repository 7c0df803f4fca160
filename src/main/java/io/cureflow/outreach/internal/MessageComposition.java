package io.cureflow.outreach.internal;

import io.cureflow.account.CaseContact;
import io.cureflow.compliance.Channel;
import io.cureflow.outreach.internal.compose.GenerativeMessageWriter;
import io.cureflow.outreach.internal.compose.MessageBrief;
import io.cureflow.outreach.internal.compose.Provenance;
import io.cureflow.outreach.internal.compose.TemplateMessageWriter;
import io.cureflow.outreach.internal.compose.WrittenMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Writes each outreach message: the language-model writer when one is configured and its text passes every check,
 * else the vetted template. A voicemail is always the template: its wording is fixed by the limited-content rule. Why
 * a model's text was not used is logged as a reason code, never with the text.
 */
@Component
class MessageComposition {

    static final String LLM = "llm";
    private static final Logger log = LoggerFactory.getLogger(MessageComposition.class);

    private final MessageBriefs briefs;
    private final TemplateMessageWriter templates;
    private final ObjectProvider<GenerativeMessageWriter> generative;
    private final WrittenMessageCheck check;

    MessageComposition(MessageBriefs briefs, TemplateMessageWriter templates,
                       ObjectProvider<GenerativeMessageWriter> generative, WrittenMessageCheck check) {
        this.briefs = briefs;
        this.templates = templates;
        this.generative = generative;
        this.check = check;
    }

    ComposedMessage compose(CaseContact contact, Channel channel, int step, String tone, boolean initial,
                            String licenceNumber) {
        MessageBrief brief = briefs.of(contact, channel, step, tone, initial, licenceNumber);
        WrittenMessage template = templates.write(brief, contact.caseId());
        GenerativeMessageWriter writer = channel == Channel.VOICEMAIL ? null : generative.getIfAvailable();
        if (writer == null) {
            return new ComposedMessage(template, Optional.empty());
        }
        Optional<WrittenMessage> written;
        try {
            written = writer.write(brief);
        } catch (RuntimeException e) {
            return fallBack(contact, template, "llm-error:" + e.getClass().getSimpleName());
        }
        if (written.isEmpty()) {
            return fallBack(contact, template, "llm-empty");
        }
        WrittenMessage candidate = check.normalised(written.get(), brief);
        Optional<String> refusal = check.refusal(candidate, brief, contact);
        if (refusal.isPresent()) {
            return fallBack(contact, template, refusal.get());
        }
        return new ComposedMessage(new WrittenMessage(candidate.subject(), candidate.body(),
                llmProvenance(candidate.provenance(), template.provenance())), Optional.empty());
    }

    private static ComposedMessage fallBack(CaseContact contact, WrittenMessage template, String reason) {
        log.info("Case {}: language-model message not used ({}), template sent", contact.caseId(), reason);
        return new ComposedMessage(template, Optional.of(reason));
    }

    private static Provenance llmProvenance(Provenance given, Provenance template) {
        if (given == null) {
            return new Provenance(LLM, template.templateVariant(), null, null);
        }
        return new Provenance(LLM, given.templateVariant() == null ? template.templateVariant()
                : given.templateVariant(), given.model(), given.promptVersion());
    }

    /** The message to store, and why a model's text was not used, when one was refused. */
    record ComposedMessage(WrittenMessage message, Optional<String> fallbackReason) {
    }
}
