package io.cureflow.understanding.internal.replies;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactRestriction;
import io.cureflow.compliance.ContactRestrictions;
import io.cureflow.compliance.InvalidRestrictionException;
import io.cureflow.compliance.NewRestriction;
import io.cureflow.compliance.RestrictionKind;
import io.cureflow.compliance.RestrictionSource;
import io.cureflow.compliance.WrongNumbers;
import io.cureflow.understanding.Classification;
import io.cureflow.understanding.Intent;
import io.cureflow.understanding.ReplyAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Records what the law requires for what a reply says, through compliance's own restrictions, so that the gate blocks
 * the next contact and compliance announces the stops. A reply the classifier is unsure of records nothing: a person
 * reads it first, and the journey pauses for them.
 */
@Component
class LegalResponse {

    private static final Logger log = LoggerFactory.getLogger(LegalResponse.class);

    private static final Map<Intent, RestrictionKind> STOPS = Map.of(
            Intent.DECEASED, RestrictionKind.DECEASED,
            Intent.BANKRUPTCY, RestrictionKind.BANKRUPTCY,
            Intent.ATTORNEY, RestrictionKind.ATTORNEY,
            Intent.CEASE, RestrictionKind.CEASE,
            Intent.DISPUTE, RestrictionKind.DISPUTE,
            Intent.HARDSHIP, RestrictionKind.HARDSHIP);

    private final ContactRestrictions restrictions;
    private final WrongNumbers wrongNumbers;
    private final RepliesProperties properties;

    LegalResponse(ContactRestrictions restrictions, WrongNumbers wrongNumbers, RepliesProperties properties) {
        this.restrictions = restrictions;
        this.wrongNumbers = wrongNumbers;
        this.properties = properties;
    }

    Set<ReplyAction> actOn(InboundReply reply, Classification classification, boolean promisePauses) {
        Set<ReplyAction> done = EnumSet.noneOf(ReplyAction.class);
        if (channelClosed(reply)) {
            done.add(ReplyAction.CHANNEL_REVOKED);
        }
        if (classification.needsReview()) {
            done.add(ReplyAction.FLAGGED_FOR_REVIEW);
            return done;
        }
        for (Intent intent : saidIn(classification)) {
            done.add(act(intent, reply, classification, promisePauses, done));
        }
        return done;
    }

    private ReplyAction act(Intent intent, InboundReply reply, Classification classification, boolean promisePauses,
                            Set<ReplyAction> done) {
        RestrictionKind stop = STOPS.get(intent);
        if (stop != null) {
            return record(reply, NewRestriction.of(stop, reply.accountId(), null, null, source(reply),
                    properties.recordedBy(), note(reply, intent, classification)), ReplyAction.STOP_RECORDED);
        }
        return switch (intent) {
            case WRONG_NUMBER -> wrongNumber(reply, classification);
            case OPT_OUT -> done.contains(ReplyAction.CHANNEL_REVOKED) ? ReplyAction.CHANNEL_REVOKED
                    : optOut(reply, classification);
            case PROMISE_TO_PAY -> promisePauses ? ReplyAction.PROMISE_RECORDED : ReplyAction.FLAGGED_FOR_REVIEW;
            default -> ReplyAction.FLAGGED_FOR_REVIEW;
        };
    }

    private ReplyAction wrongNumber(InboundReply reply, Classification classification) {
        if (!phone(reply.channel()) || reply.address() == null) {
            return optOut(reply, classification);
        }
        try {
            wrongNumbers.report(reply.caseId(), reply.address(), source(reply), reply.receivedAt(),
                    properties.recordedBy(), note(reply, Intent.WRONG_NUMBER, classification));
            return ReplyAction.NUMBER_MARKED_MISDIRECTED;
        } catch (InvalidRestrictionException e) {
            log.warn("Reply {} of case {}: the number could not be closed ({}); an agent reviews it",
                    reply.messageId(), reply.caseId(), e.getMessage());
            return ReplyAction.FLAGGED_FOR_REVIEW;
        }
    }

    /** A text that asks to stop texting also withdraws the number's TCPA consent, as the exact keyword does. */
    private ReplyAction optOut(InboundReply reply, Classification classification) {
        if (reply.address() == null) {
            return ReplyAction.FLAGGED_FOR_REVIEW;
        }
        String note = note(reply, Intent.OPT_OUT, classification);
        ReplyAction closed = record(reply, NewRestriction.of(RestrictionKind.OPT_OUT, reply.accountId(),
                reply.channel(), reply.address(), source(reply), properties.recordedBy(), note),
                ReplyAction.CHANNEL_REVOKED);
        if (closed == ReplyAction.CHANNEL_REVOKED && phone(reply.channel())) {
            record(reply, NewRestriction.of(RestrictionKind.CONSENT_REVOKED, reply.accountId(), null,
                    reply.address(), source(reply), properties.recordedBy(), note), closed);
        }
        return closed;
    }

    /** A restriction that does not fit (an address compliance cannot read) goes to a person instead of failing. */
    private ReplyAction record(InboundReply reply, NewRestriction restriction, ReplyAction action) {
        try {
            restrictions.record(restriction);
            return action;
        } catch (InvalidRestrictionException e) {
            log.warn("Reply {} of case {}: restriction {} not recorded ({}); an agent reviews it", reply.messageId(),
                    reply.caseId(), restriction.kind(), e.getMessage());
            return ReplyAction.FLAGGED_FOR_REVIEW;
        }
    }

    private boolean channelClosed(InboundReply reply) {
        if (reply.address() == null) {
            return false;
        }
        List<ContactRestriction> found = restrictions.ofAccount(reply.accountId());
        return found.stream().anyMatch(restriction -> restriction.kind() == RestrictionKind.OPT_OUT
                && restriction.activeAt(reply.receivedAt())
                && (restriction.channel() == null || restriction.channel() == reply.channel())
                && restriction.contactPoint() != null && samePoint(restriction.contactPoint(), reply.address()));
    }

    private static List<Intent> saidIn(Classification classification) {
        List<Intent> said = new ArrayList<>();
        said.add(classification.intent());
        classification.alsoDetected().stream().filter(intent -> !said.contains(intent)).forEach(said::add);
        return said;
    }

    /** Names the message and the classifier, never the words: the note is shown wherever restrictions are. */
    private static String note(InboundReply reply, Intent intent, Classification classification) {
        String category = intent == Intent.HARDSHIP && classification.hardshipCategory() != null
                ? " (" + classification.hardshipCategory().wireName() + ")" : "";
        return String.format(Locale.ROOT, "Reply message %d read as %s%s by %s, confidence %.2f",
                reply.messageId(), intent.wireName(), category, classification.classifier(),
                classification.confidence());
    }

    private static RestrictionSource source(InboundReply reply) {
        return switch (reply.channel()) {
            case EMAIL -> RestrictionSource.INBOUND_EMAIL;
            case CALL, VOICEMAIL -> RestrictionSource.INBOUND_CALL;
            case SMS -> RestrictionSource.INBOUND_SMS;
        };
    }

    private static boolean phone(Channel channel) {
        return channel == Channel.SMS || channel == Channel.CALL || channel == Channel.VOICEMAIL;
    }

    private static boolean samePoint(String stored, String address) {
        if (stored.indexOf('@') >= 0 || address.indexOf('@') >= 0) {
            return stored.trim().equalsIgnoreCase(address.trim());
        }
        return nationalDigits(stored).equals(nationalDigits(address));
    }

    private static String nationalDigits(String number) {
        String digits = number.replaceAll("\\D", "");
        return digits.length() == 11 && digits.startsWith("1") ? digits.substring(1) : digits;
    }
}
