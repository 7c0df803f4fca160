package io.cureflow.workspace.internal;

import io.cureflow.account.CaseService;
import io.cureflow.account.CaseView;
import io.cureflow.account.StageChange;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactAttempt;
import io.cureflow.compliance.ContactLedger;
import io.cureflow.compliance.ContactLedger.BlockedContact;
import io.cureflow.compliance.ContactRestriction;
import io.cureflow.compliance.ContactRestrictions;
import io.cureflow.outreach.MessageProvenance;
import io.cureflow.outreach.OutreachMessage;
import io.cureflow.outreach.OutreachService;
import io.cureflow.payment.PaymentService;
import io.cureflow.payment.PaymentView;
import io.cureflow.understanding.ClassifiedReply;
import io.cureflow.understanding.ReplyClassifications;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Gathers what happened on one case from every module, oldest first. */
@Service
public class CaseTimeline {

    private static final Comparator<TimelineEntry> BY_TIME =
            Comparator.comparing(TimelineEntry::at, Comparator.nullsLast(Comparator.naturalOrder()));

    private final CaseService cases;
    private final OutreachService outreach;
    private final ContactLedger ledger;
    private final PaymentService payments;
    private final ReplyClassifications replies;
    private final ContactRestrictions restrictions;

    public CaseTimeline(CaseService cases, OutreachService outreach, ContactLedger ledger, PaymentService payments,
                        ReplyClassifications replies, ContactRestrictions restrictions) {
        this.cases = cases;
        this.outreach = outreach;
        this.ledger = ledger;
        this.payments = payments;
        this.replies = replies;
        this.restrictions = restrictions;
    }

    /** Entries at the same instant keep the order in which a case lives: opened, stage, contact, payment, closed. */
    public List<TimelineEntry> of(CaseView view) {
        long caseId = view.caseId();
        List<TimelineEntry> entries = new ArrayList<>();
        entries.add(entry(view.openedAt(), TimelineKind.CASE_OPENED, List.of(), Map.of()));
        cases.stageHistory(caseId).forEach(change -> entries.add(stageChanged(change)));
        List<OutreachMessage> conversation = outreach.conversationOfCase(caseId);
        Map<Long, ClassifiedReply> classified = new HashMap<>();
        replies.ofCase(caseId).forEach(reply -> classified.put(reply.messageId(), reply));
        Map<Long, MessageProvenance> writers = outreach.provenanceOfCase(caseId);
        conversation.forEach(message -> entries.add(message(message, classified.get(message.messageId()),
                writers.get(message.messageId()))));
        ledger.blockedContactsOfCase(caseId).forEach(block -> entries.add(blocked(block)));
        attemptsOutsideConversation(caseId, conversation).forEach(attempt -> entries.add(attempted(attempt)));
        payments.paymentsOfCase(caseId).forEach(payment -> entries.add(paymentPosted(payment)));
        restrictions.ofAccount(view.accountId()).forEach(restriction -> entries.add(restricted(restriction)));
        if (view.closedAt() != null) {
            entries.add(entry(view.closedAt(), TimelineKind.CASE_CLOSED, List.of(CodeLabels.of(view.outcome())),
                    details("outcome", view.outcome())));
        }
        entries.sort(BY_TIME);
        return List.copyOf(entries);
    }

    private static TimelineEntry stageChanged(StageChange change) {
        return entry(change.at(), TimelineKind.STAGE_CHANGED,
                List.of(CodeLabels.of(change.from()), CodeLabels.of(change.to()), change.daysPastDue()),
                details("from", change.from(), "to", change.to(), "daysPastDue", change.daysPastDue()));
    }

    private static TimelineEntry message(OutreachMessage message, ClassifiedReply classified,
                                         MessageProvenance writer) {
        if (message.direction() == OutreachMessage.Direction.INBOUND) {
            Map<String, Object> details = details("channel", message.channel(), "body", message.body());
            if (classified != null) {
                details.putAll(ReplyDetails.of(classified));
            }
            return entry(message.createdAt(), TimelineKind.REPLY_RECEIVED, List.of(CodeLabels.of(message.channel())),
                    details);
        }
        TimelineKind kind = switch (message.status()) {
            case COMPOSED -> TimelineKind.MESSAGE_COMPOSED;
            case FAILED -> TimelineKind.MESSAGE_FAILED;
            default -> TimelineKind.MESSAGE_SENT;
        };
        Instant at = message.sentAt() != null ? message.sentAt() : message.createdAt();
        Map<String, Object> details = details("channel", message.channel(), "status", message.status(),
                "body", message.body());
        if (writer != null) {
            details.putAll(details("composer", writer.composer(), "templateVariant", writer.templateVariant(),
                    "model", writer.model(), "promptVersion", writer.promptVersion()));
        }
        return entry(at, kind, List.of(CodeLabels.of(message.channel())), details);
    }

    private static TimelineEntry blocked(BlockedContact block) {
        return entry(block.at(), TimelineKind.CONTACT_BLOCKED, List.of(CodeLabels.of(block.channel())),
                details("channel", block.channel(), "reason", block.reason(), "nextAllowedAt", block.nextAllowedAt()));
    }

    private static TimelineEntry attempted(ContactAttempt attempt) {
        return entry(attempt.at(), TimelineKind.CONTACT_ATTEMPTED,
                List.of(CodeLabels.of(attempt.channel()), CodeLabels.attemptOutcome(attempt.outcome())),
                details("channel", attempt.channel(), "outcome", attempt.outcome()));
    }

    private static TimelineEntry paymentPosted(PaymentView payment) {
        return entry(payment.paidAt(), TimelineKind.PAYMENT_POSTED,
                List.of(payment.amount(), payment.currency(), payment.daysPastDueAfter()),
                details("amount", payment.amount(), "currency", payment.currency(),
                        "daysPastDueAfter", payment.daysPastDueAfter()));
    }

    /** The number or address stays off the page: the kind, channel and times say what is closed. */
    private static TimelineEntry restricted(ContactRestriction restriction) {
        return entry(restriction.recordedAt(), TimelineKind.RESTRICTION_RECORDED,
                List.of(CodeLabels.of(restriction.kind()), CodeLabels.of(restriction.source())),
                details("restriction", restriction.kind(), "source", restriction.source(),
                        "channel", restriction.channel(),
                        "localFrom", restriction.from() == null ? null : restriction.from().toString(),
                        "localUntil", restriction.until() == null ? null : restriction.until().toString(),
                        "daysOfWeek", restriction.daysOfWeek().isEmpty() ? null
                                : restriction.daysOfWeek().stream().sorted().map(Enum::name).toList(),
                        "recordedBy", restriction.recordedBy(), "liftedAt", restriction.liftedAt()));
    }

    /**
     * Sent and failed messages already stand for their ledger rows, and blocked rows for their decisions; only the
     * attempts on channels without a conversation (calls, voicemail) add something.
     */
    private List<ContactAttempt> attemptsOutsideConversation(long caseId, List<OutreachMessage> conversation) {
        Set<Channel> conversed = EnumSet.noneOf(Channel.class);
        conversation.forEach(message -> conversed.add(message.channel()));
        return ledger.attemptsOfCase(caseId).stream()
                .filter(attempt -> !"BLOCKED".equals(attempt.outcome()))
                .filter(attempt -> !conversed.contains(attempt.channel()))
                .toList();
    }

    private static TimelineEntry entry(Instant at, TimelineKind kind, List<Object> args, Map<String, Object> details) {
        return new TimelineEntry(at, kind, args, details);
    }

    /** Named facts in the given order, leaving out the ones that are not known. */
    static Map<String, Object> details(Object... namesAndValues) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                details.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return details;
    }
}
