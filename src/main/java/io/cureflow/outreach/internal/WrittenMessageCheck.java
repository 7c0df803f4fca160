package io.cureflow.outreach.internal;

import io.cureflow.account.CaseContact;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContentGuardrail;
import io.cureflow.compliance.GuardrailVerdict;
import io.cureflow.outreach.internal.compose.ComposeProperties;
import io.cureflow.outreach.internal.compose.MessageBrief;
import io.cureflow.outreach.internal.compose.ReadabilityCheck;
import io.cureflow.outreach.internal.compose.SmsTexts;
import io.cureflow.outreach.internal.compose.WrittenMessage;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything a written message must pass before CureFlow sends it instead of the template: the content guardrail,
 * the SMS budget, the reading grade, and the payment link exactly as issued (a model must not drop it or invent
 * another address). The answer is a reason code, never the text.
 */
@Component
class WrittenMessageCheck {

    private static final Pattern URL = Pattern.compile("https?://[^\\s)\\]>\"']+");

    private final ContentGuardrail guardrail;
    private final ReadabilityCheck readability;
    private final ComposeProperties properties;

    WrittenMessageCheck(ContentGuardrail guardrail, ReadabilityCheck readability, ComposeProperties properties) {
        this.guardrail = guardrail;
        this.readability = readability;
        this.properties = properties;
    }

    /** Trims, drops a subject outside email, and keeps a text in GSM-7 where configured, as the templates are. */
    WrittenMessage normalised(WrittenMessage message, MessageBrief brief) {
        String body = message.body() == null ? "" : message.body().strip();
        String subject = brief.channel() == Channel.EMAIL && message.subject() != null ? message.subject().strip()
                : null;
        if (brief.channel() == Channel.SMS) {
            body = SmsTexts.prepare(body, properties);
        }
        return new WrittenMessage(subject, body, message.provenance());
    }

    Optional<String> refusal(WrittenMessage message, MessageBrief brief, CaseContact contact) {
        if (message.body().isBlank()) {
            return Optional.of("blank");
        }
        if (brief.channel() == Channel.EMAIL && (message.subject() == null || message.subject().isBlank())) {
            return Optional.of("no-subject");
        }
        Optional<String> links = links(message, brief);
        if (links.isPresent()) {
            return links;
        }
        GuardrailVerdict verdict = guardrail.check(OutboundContents.of(contact, brief.channel(), message.subject(),
                message.body(), brief.initialCommunication()));
        if (!verdict.passed()) {
            return Optional.of("guardrail:" + String.join(",", verdict.ruleIds()));
        }
        if (brief.channel() == Channel.SMS && SmsTexts.segments(message.body()) > brief.maxSmsSegments()) {
            return Optional.of("sms-budget");
        }
        if (!readable(message, brief)) {
            return Optional.of("readability");
        }
        return Optional.empty();
    }

    boolean readable(WrittenMessage message, MessageBrief brief) {
        return readability.readable(fullText(message), brief.locale(), legalLines(brief), names(brief));
    }

    static String fullText(WrittenMessage message) {
        return message.subject() == null ? message.body() : message.subject() + "\n" + message.body();
    }

    static List<String> legalLines(MessageBrief brief) {
        List<String> lines = new ArrayList<>();
        for (String line : new String[]{brief.disclosure(), brief.optOutLine(), brief.licenceLine()}) {
            if (line != null) {
                lines.add(line);
                lines.add(SmsTexts.fold(line));
            }
        }
        return lines;
    }

    static List<String> names(MessageBrief brief) {
        return java.util.stream.Stream.of(brief.firstName(), brief.creditor(), brief.senderName())
                .filter(Objects::nonNull).flatMap(name -> java.util.stream.Stream.of(name, SmsTexts.fold(name)))
                .toList();
    }

    private static Optional<String> links(WrittenMessage message, MessageBrief brief) {
        Matcher url = URL.matcher(fullText(message));
        boolean issued = false;
        while (url.find()) {
            String found = url.group().replaceAll("[.,;:!?]+$", "");
            if (!found.equals(brief.paymentLink())) {
                return Optional.of("foreign-link");
            }
            issued = true;
        }
        boolean wanted = brief.channel() == Channel.SMS || brief.channel() == Channel.EMAIL;
        return wanted && !issued ? Optional.of("no-payment-link") : Optional.empty();
    }
}
