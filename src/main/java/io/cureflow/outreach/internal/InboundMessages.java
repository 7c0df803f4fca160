package io.cureflow.outreach.internal;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ConsentRevocations;
import io.cureflow.compliance.ContactDirection;
import io.cureflow.compliance.ContactLedger;
import io.cureflow.compliance.Redactor;
import io.cureflow.outreach.BorrowerReplied;
import io.cureflow.outreach.OutreachMessage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * Takes in a borrower's message: stores it on the case, writes the inbound ledger row and announces
 * {@link BorrowerReplied}, all in one transaction. Card numbers, SSNs and other personal data in the text are masked
 * before it is stored, so no later reader (a page, a log, a language model) sees them.
 */
@Service
class InboundMessages {

    static final String RECEIVED = "RECEIVED";

    private final MessageRepository messages;
    private final ContactLedger ledger;
    private final ApplicationEventPublisher events;
    private final Redactor redactor;
    private final Clock clock;
    private final ConsentRevocations revocations;
    private final OptOutConfirmations confirmations;

    InboundMessages(MessageRepository messages, ContactLedger ledger, ApplicationEventPublisher events,
                    Redactor redactor, Clock clock, ConsentRevocations revocations,
                    OptOutConfirmations confirmations) {
        this.messages = messages;
        this.ledger = ledger;
        this.events = events;
        this.redactor = redactor;
        this.clock = clock;
        this.revocations = revocations;
        this.confirmations = confirmations;
    }

    @Transactional
    OutreachMessage receive(long caseId, long borrowerId, Channel channel, String address, String text) {
        Instant now = clock.instant();
        String redacted = redactor.redact(text);
        MessageEntity message = messages.save(MessageEntity.received(caseId, borrowerId, channel, address, redacted,
                now));
        ledger.record(caseId, channel, address, ContactDirection.INBOUND, RECEIVED, null, now);
        // a STOP is honoured before anything else reacts to the reply
        if (revocations.fromInboundText(caseId, channel, address, redacted, now).confirmationDue()) {
            confirmations.confirm(caseId, borrowerId, address);
        }
        events.publishEvent(new BorrowerReplied(caseId, message.getId()));
        return message.toMessage();
    }
}
