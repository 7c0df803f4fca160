package io.cureflow.outreach.internal;

import io.cureflow.account.CaseContact;
import io.cureflow.account.CaseService;
import io.cureflow.account.ContactPointView;
import io.cureflow.compliance.Channel;
import io.cureflow.outreach.OutreachMessage;
import io.cureflow.outreach.OutreachService;
import io.cureflow.outreach.UnknownMessageException;
import io.cureflow.outreach.internal.OutreachGateway.GatewayChannel;
import io.cureflow.outreach.internal.OutreachGateway.GatewayMessage;
import io.cureflow.outreach.internal.OutreachGateway.GatewayReceipt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

@Service
class OutreachServiceImpl implements OutreachService {

    private static final Logger log = LoggerFactory.getLogger(OutreachServiceImpl.class);

    private final CaseService cases;
    private final MessageComposer composer;
    private final MessageRepository messages;
    private final OutreachGateway gateway;
    private final Clock clock;

    OutreachServiceImpl(CaseService cases, MessageComposer composer, MessageRepository messages,
                        OutreachGateway gateway, Clock clock) {
        this.cases = cases;
        this.composer = composer;
        this.messages = messages;
        this.gateway = gateway;
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
            ComposedText text = composer.compose(contact, channel, step, tone);
            return messages.save(MessageEntity.composed(caseId, contact.borrowerId(), channel, point.value(), text,
                    clock.instant())).toMessage();
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

    @Override
    @Transactional(readOnly = true)
    public List<OutreachMessage> conversationOfCase(long caseId) {
        return messages.findByCaseIdOrderByCreatedAtAscIdAsc(caseId).stream().map(MessageEntity::toMessage).toList();
    }

    private static GatewayChannel gatewayChannel(Channel channel) {
        return switch (channel) {
            case SMS -> GatewayChannel.SMS;
            case EMAIL -> GatewayChannel.EMAIL;
            case CALL, VOICEMAIL -> GatewayChannel.VOICE;
        };
    }
}
