package io.cureflow.outreach.internal;

import io.cureflow.account.CaseContact;
import io.cureflow.account.CaseService;
import io.cureflow.account.CaseView;
import io.cureflow.account.ContactPointView;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContentGuardrail;
import io.cureflow.compliance.NoticeMedium;
import io.cureflow.compliance.ValidationNotices;
import io.cureflow.outreach.OutreachMessage;
import io.cureflow.outreach.OutreachService;
import io.cureflow.outreach.ValidationNoticeSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The electronic validation notice needs E-SIGN consent (§1006.42(b)): only an email address with consent that the
 * borrower did not opt out of qualifies. A notice the gateway refused was not sent.
 */
@Service
class ValidationNoticeEmailer implements ValidationNoticeSender {

    private final CaseService cases;
    private final ValidationNoticeComposer composer;
    private final MessageRepository messages;
    private final OutreachService outreach;
    private final ValidationNotices notices;
    private final ContentGuardrail guardrail;
    private final Clock clock;

    ValidationNoticeEmailer(CaseService cases, ValidationNoticeComposer composer, MessageRepository messages,
                            OutreachService outreach, ValidationNotices notices, ContentGuardrail guardrail,
                            Clock clock) {
        this.cases = cases;
        this.composer = composer;
        this.messages = messages;
        this.outreach = outreach;
        this.notices = notices;
        this.guardrail = guardrail;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Optional<OutreachMessage> sendByEmail(long caseId) {
        CaseContact contact = cases.contactOf(caseId);
        Optional<ContactPointView> email = contact.contactPoints().stream()
                .filter(point -> point.kind() == ContactPointView.Kind.EMAIL && point.consent() && !point.optedOut())
                .findFirst();
        if (email.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        ComposedText text = composer.compose(contact, itemizationDate(caseId, now), notices.periodIfSentAt(now),
                guardrail.requiredLicenceNumber(contact.state()).orElse(null));
        long messageId = messages.save(MessageEntity.composed(caseId, contact.borrowerId(), Channel.EMAIL,
                email.get().value(), text, now)).getId();
        OutreachMessage sent = outreach.send(messageId);
        if (sent.status() == OutreachMessage.Status.FAILED) {
            return Optional.empty();
        }
        notices.recordNoticeSent(caseId, NoticeMedium.EMAIL, now);
        return Optional.of(sent);
    }

    /** The last statement's due date stands in for the itemization date until the account module keeps one. */
    private LocalDate itemizationDate(long caseId, Instant now) {
        return cases.findCase(caseId).map(CaseView::dueDate).orElse(now.atZone(ZoneOffset.UTC).toLocalDate());
    }
}
