package io.cureflow.outreach.internal;

import io.cureflow.account.CaseContact;
import io.cureflow.account.CaseService;
import io.cureflow.account.ContactPointView;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactLedger;
import io.cureflow.compliance.ContentGuardrail;
import io.cureflow.compliance.GuardrailVerdict;
import io.cureflow.compliance.OutboundContent;
import io.cureflow.compliance.Redactor;
import io.cureflow.outreach.MessageProvenance;
import io.cureflow.outreach.OutreachMessage;
import io.cureflow.outreach.OutreachService;
import io.cureflow.outreach.UnknownMessageException;
import io.cureflow.outreach.internal.OutreachGateway.GatewayChannel;
import io.cureflow.outreach.internal.OutreachGateway.GatewayMessage;
import io.cureflow.outreach.internal.OutreachGateway.GatewayReceipt;
import io.cureflow.outreach.internal.compose.Provenance;
import io.cureflow.outreach.internal.compose.WrittenMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Composes, checks and sends. Every message passes the content guardrail twice: when it is composed (a refused message
 * is stored BLOCKED with its reasons) and again just before the gateway, as the last line. Bodies are stored redacted;
 * a message whose body redaction would change has already failed the guardrail's personal-data check.
 */
@Service
class OutreachServiceImpl implements OutreachService {

    private static final Logger log = LoggerFactory.getLogger(OutreachServiceImpl.class);

    private final CaseService cases;
    private final MessageComposition composer;
    private final MessageRepository messages;
    private final OutreachGateway gateway;
    private final ContactLedger ledger;
    private final ContentGuardrail guardrail;
    private final Redactor redactor;
    private final Clock clock;

    OutreachServiceImpl(CaseService cases, MessageComposition composer, MessageRepository messages,
                        OutreachGateway gateway, ContactLedger ledger, ContentGuardrail guardrail, Redactor redactor,
                        Clock clock) {
        this.cases = cases;
        this.composer = composer;
        this.messages = messages;
        this.gateway = gateway;
        this.ledger = ledger;
        this.guardrail = guardrail;
        this.redactor = redactor;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ContactPointView> contactPointFor(long caseId, Channel channel) {
        Objects.requireNonNull(channel, "channel");
        return ContactPointPicker.pick(cases.contactOf(caseId).contactPoints(), channel);
    }

    @Override
    @Transactional
    public Optional<OutreachMessage> compose(long caseId, Channel channel, int step, String tone) {
        Objects.requireNonNull(channel, "channel");
        CaseContact contact = cases.contactOf(caseId);
        return ContactPointPicker.pick(contact.contactPoints(), channel).map(point -> {
            boolean initial = !ledger.hasCommunicatedWith(contact.borrowerId());
            WrittenMessage text = composer.compose(contact, channel, step, tone, initial,
                    guardrail.requiredLicenceNumber(contact.state()).orElse(null)).message();
            GuardrailVerdict verdict = guardrail.check(OutboundContents.of(contact, channel, text.subject(),
                    text.body(), initial));
            ComposedText stored = new ComposedText(text.provenance().templateVariant(),
                    redactor.redact(text.subject()), redactor.redact(text.body()));
            MessageEntity message = messages.save(MessageEntity.composed(caseId, contact.borrowerId(), channel,
                    point.value(), stored, text.provenance(), clock.instant()));
            if (!verdict.passed()) {
                message.markBlocked();
            }
            guardrail.record(caseId, message.getId(), channel, verdict, clock.instant());
            return message.toMessage();
        });
    }

    @Override
    @Transactional
    public OutreachMessage send(long messageId) {
        MessageEntity message = messages.findForSending(messageId)
                .orElseThrow(() -> new UnknownMessageException(messageId));
        if (!message.awaitsSending()) {
            return message.toMessage();
        }
        if (!passesGuardrail(message)) {
            return message.toMessage();
        }
        GatewayReceipt receipt;
        try {
            receipt = gateway.deliver(new GatewayMessage(message.getId(), gatewayChannel(message.getChannel()),
                    message.getAddress(), message.getSubject(), message.getBody()));
        } catch (RuntimeException e) {
            log.warn("Gateway refused outreach message {}: {}", messageId, e.getClass().getSimpleName());
            message.markFailed();
            return message.toMessage();
        }
        message.markSent(receipt.providerReference(), clock.instant());
        if (receipt.delivered()) {
            message.markDelivered(clock.instant());
        }
        return message.toMessage();
    }

    /**
     * The composition-time answer to "initial or subsequent" can only have moved towards subsequent since, and the
     * initial disclosure satisfies a subsequent communication too, so asking the ledger again is safe.
     */
    private boolean passesGuardrail(MessageEntity message) {
        CaseContact contact = cases.contactOf(message.getCaseId());
        OutboundContent content = OutboundContents.of(contact, message.getChannel(), message.getSubject(),
                message.getBody(), !ledger.hasCommunicatedWith(contact.borrowerId()));
        if (OptOutConfirmations.TEMPLATE_KEY.equals(message.getTemplateKey())) {
            content = content.withPurpose(OutboundContent.Purpose.OPT_OUT_CONFIRMATION);
        }
        GuardrailVerdict verdict = guardrail.check(content);
        if (verdict.passed()) {
            return true;
        }
        message.markBlocked();
        guardrail.record(message.getCaseId(), message.getId(), message.getChannel(), verdict, clock.instant());
        return false;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OutreachMessage> message(long messageId) {
        return messages.findById(messageId).map(MessageEntity::toMessage);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OutreachMessage> conversationOfCase(long caseId) {
        return messages.findByCaseIdOrderByCreatedAtAscIdAsc(caseId).stream().map(MessageEntity::toMessage).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, MessageProvenance> provenanceOfCase(long caseId) {
        Map<Long, MessageProvenance> provenance = new HashMap<>();
        for (MessageEntity message : messages.findByCaseIdOrderByCreatedAtAscIdAsc(caseId)) {
            Provenance writer = message.getProvenance();
            if (writer != null && message.getDirection() == OutreachMessage.Direction.OUTBOUND) {
                provenance.put(message.getId(), new MessageProvenance(writer.composer(), writer.templateVariant(),
                        writer.model(), writer.promptVersion()));
            }
        }
        return provenance;
    }

    private static GatewayChannel gatewayChannel(Channel channel) {
        return switch (channel) {
            case SMS -> GatewayChannel.SMS;
            case EMAIL -> GatewayChannel.EMAIL;
            case CALL, VOICEMAIL -> GatewayChannel.VOICE;
        };
    }
}
