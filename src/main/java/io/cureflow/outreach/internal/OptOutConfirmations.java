package io.cureflow.outreach.internal;

import io.cureflow.account.CaseService;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactLedger;
import io.cureflow.outreach.OptOutConfirmation;
import io.cureflow.outreach.OutreachMessage;
import io.cureflow.outreach.OutreachMessage.Direction;
import io.cureflow.outreach.OutreachMessage.Status;
import io.cureflow.outreach.OutreachService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * The one text that confirms an opt-out (Reg F §1006.14(h)(2)(i), TCPA 64.1200(a)(12)): nothing but the confirmation,
 * only to the number that opted out, at most once per number. It is the exception the opt-out allows, so it does not
 * ask the compliance gate, which would refuse the number that just opted out.
 */
@Component
class OptOutConfirmations implements OptOutConfirmation {

    static final String TEMPLATE_KEY = "outreach.optout.confirmation.sms";

    private final MessageRepository messages;
    private final OutreachService outreach;
    private final CaseService cases;
    private final ContactLedger ledger;
    private final MessageSource bundle;
    private final OutreachProperties properties;
    private final Clock clock;

    OptOutConfirmations(MessageRepository messages, OutreachService outreach, CaseService cases, ContactLedger ledger,
                        MessageSource bundle, OutreachProperties properties, Clock clock) {
        this.messages = messages;
        this.outreach = outreach;
        this.cases = cases;
        this.ledger = ledger;
        this.bundle = bundle;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void confirmTextOptOut(long caseId, String number) {
        cases.findCase(caseId).ifPresent(found -> confirm(caseId, found.borrowerId(), number));
    }

    @Transactional
    void confirm(long caseId, long borrowerId, String number) {
        if (messages.existsByAddressAndTemplateKeyAndDirection(number, TEMPLATE_KEY, Direction.OUTBOUND)) {
            return;
        }
        Instant now = clock.instant();
        String body = bundle.getMessage(TEMPLATE_KEY, new Object[]{properties.senderName()},
                BorrowerLocale.of(cases.contactOf(caseId).language()));
        MessageEntity message = messages.save(MessageEntity.composed(caseId, borrowerId, Channel.SMS, number,
                new ComposedText(TEMPLATE_KEY, null, body), now));
        OutreachMessage sent = outreach.send(message.getId());
        boolean delivered = sent.status() == Status.SENT || sent.status() == Status.DELIVERED;
        ledger.record(caseId, Channel.SMS, number, delivered ? "SENT" : "FAILED", null, now);
    }
}
