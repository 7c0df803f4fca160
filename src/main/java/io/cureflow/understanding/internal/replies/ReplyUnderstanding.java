package io.cureflow.understanding.internal.replies;

import io.cureflow.account.CaseContact;
import io.cureflow.account.CaseService;
import io.cureflow.outreach.BorrowerReplied;
import io.cureflow.outreach.OutreachMessage;
import io.cureflow.outreach.OutreachService;
import io.cureflow.understanding.Classification;
import io.cureflow.understanding.Intent;
import io.cureflow.understanding.Promise;
import io.cureflow.understanding.Reply;
import io.cureflow.understanding.ReplyAction;
import io.cureflow.understanding.ReplyClassified;
import io.cureflow.understanding.ReplyClassifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Classifies every reply, records what the law requires, stores the classification and announces
 * {@link ReplyClassified}.
 *
 * <p>It listens synchronously, inside the transaction that stores the reply, and not after commit like the module
 * listeners: the reply, its classification and its stop restrictions commit together, so no reminder the journey sends
 * after the reply is stored can pass the compliance gate without them. The journey hears only ReplyClassified (and
 * compliance's AutomatedContactStopped), both after that commit, so it never acts on an unclassified reply. The price is
 * that the classifier runs inside the webhook's transaction; the language model has a timeout and falls back to the
 * offline classifier, and a classifier that fails leaves the reply to a person rather than losing it.
 */
@Component
class ReplyUnderstanding {

    static final String UNAVAILABLE = "unavailable";
    private static final Logger log = LoggerFactory.getLogger(ReplyUnderstanding.class);

    private final OutreachService outreach;
    private final CaseService cases;
    private final ReplyClassifier classifier;
    private final LegalResponse response;
    private final PromisePause pause;
    private final ReplyClassificationRepository repository;
    private final StoredForm form;
    private final ApplicationEventPublisher events;
    private final RepliesProperties properties;
    private final Clock clock;

    ReplyUnderstanding(OutreachService outreach, CaseService cases, ReplyClassifier classifier,
                       LegalResponse response, PromisePause pause, ReplyClassificationRepository repository,
                       StoredForm form, ApplicationEventPublisher events, RepliesProperties properties, Clock clock) {
        this.outreach = outreach;
        this.cases = cases;
        this.classifier = classifier;
        this.response = response;
        this.pause = pause;
        this.repository = repository;
        this.form = form;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void on(BorrowerReplied event) {
        Optional<OutreachMessage> found = outreach.message(event.messageId())
                .filter(message -> message.direction() == OutreachMessage.Direction.INBOUND);
        if (found.isEmpty() || repository.existsByMessageId(event.messageId())) {
            return;
        }
        OutreachMessage message = found.get();
        CaseContact contact = cases.contactOf(event.caseId());
        InboundReply reply = new InboundReply(message.messageId(), event.caseId(), contact.accountId(),
                message.channel(), message.address(), message.createdAt(), zoneOf(contact), message.body(),
                contact.contactPoints());
        Classification classification = classify(reply);
        Optional<Instant> pausedUntil = pause.until(classification, reply);
        Set<ReplyAction> actions = response.actOn(reply, classification, pausedUntil.isPresent());
        repository.save(form.entity(reply.messageId(), reply.caseId(), classification, actions, clock.instant()));
        log.info("Reply {} of case {} classified as {} by {}: {}", reply.messageId(), reply.caseId(),
                classification.intent().wireName(), classification.classifier(), actions);
        Promise promise = classification.promise();
        events.publishEvent(new ReplyClassified(reply.caseId(), reply.messageId(), classification.intent(),
                classification.hardshipCategory(), classification.confidence(), classification.needsReview(),
                actions, promise == null ? null : promise.date(), promise == null ? null : promise.amount(),
                actions.contains(ReplyAction.PROMISE_RECORDED) ? pausedUntil.orElse(null) : null));
    }

    private Classification classify(InboundReply reply) {
        try {
            return classifier.classify(new Reply(reply.text(), reply.channel(), null, reply.receivedAt(),
                    reply.zone()));
        } catch (RuntimeException e) {
            log.warn("Reply {} of case {} could not be classified ({}); an agent reads it", reply.messageId(),
                    reply.caseId(), e.getClass().getSimpleName());
            return new Classification(Intent.OTHER, null, 0, null, List.of(), List.of(),
                    null, true, UNAVAILABLE);
        }
    }

    private ZoneId zoneOf(CaseContact contact) {
        if (contact.timeZone() != null && !contact.timeZone().isBlank()) {
            try {
                return ZoneId.of(contact.timeZone());
            } catch (DateTimeException e) {
                log.debug("Case {} has an unknown time zone; the default zone applies", contact.caseId());
            }
        }
        return properties.defaultZone();
    }
}
