package io.cureflow.understanding.internal.replies;

import io.cureflow.compliance.InvalidRestrictionException;
import io.cureflow.compliance.NewRestriction;
import io.cureflow.compliance.RestrictionKind;
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
import java.util.Map;
import java.util.Set;

/**
 * Records what the law requires for what a reply says, through compliance's own restrictions, so that the gate blocks
 * the next contact and compliance announces the stops. A reply the classifier is unsure of records nothing: a person
 * reads it first, and the journey pauses for them. The one exception is a reply it is unsure is a contact restriction:
 * the limits read from it for sure are recorded at once, since they only ever hold contact back, and the person who
 * reads it lifts them if they were not meant.
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

    private final RestrictionRecorder recorder;
    private final OptOutResponse optOuts;
    private final ContactLimitResponse limits;
    private final WrongNumbers wrongNumbers;

    LegalResponse(RestrictionRecorder recorder, OptOutResponse optOuts, ContactLimitResponse limits,
                  WrongNumbers wrongNumbers) {
        this.recorder = recorder;
        this.optOuts = optOuts;
        this.limits = limits;
        this.wrongNumbers = wrongNumbers;
    }

    Set<ReplyAction> actOn(InboundReply reply, Classification classification, boolean promisePauses) {
        Set<ReplyAction> done = EnumSet.noneOf(ReplyAction.class);
        if (optOuts.alreadyClosed(reply)) {
            done.add(ReplyAction.CHANNEL_REVOKED);
        }
        if (classification.needsReview()) {
            if (classification.intent() == Intent.CONTACT_RESTRICTION) {
                done.addAll(limits.actOn(reply, classification));
            }
            done.add(ReplyAction.FLAGGED_FOR_REVIEW);
            return done;
        }
        for (Intent intent : saidIn(classification)) {
            done.addAll(act(intent, reply, classification, promisePauses, done));
        }
        return done;
    }

    private Set<ReplyAction> act(Intent intent, InboundReply reply, Classification classification,
                                 boolean promisePauses, Set<ReplyAction> done) {
        RestrictionKind stop = STOPS.get(intent);
        if (stop != null) {
            boolean recorded = recorder.record(reply, NewRestriction.of(stop, reply.accountId(), null, null,
                    RestrictionRecorder.source(reply), recorder.recordedBy(),
                    RestrictionRecorder.note(reply, intent, classification)));
            return Set.of(recorded ? ReplyAction.STOP_RECORDED : ReplyAction.FLAGGED_FOR_REVIEW);
        }
        return switch (intent) {
            case WRONG_NUMBER -> Set.of(wrongNumber(reply, classification));
            case OPT_OUT -> Set.of(done.contains(ReplyAction.CHANNEL_REVOKED) ? ReplyAction.CHANNEL_REVOKED
                    : optOuts.actOn(reply, classification));
            case CONTACT_RESTRICTION -> limits.actOn(reply, classification);
            case PROMISE_TO_PAY -> Set.of(promisePauses ? ReplyAction.PROMISE_RECORDED
                    : ReplyAction.FLAGGED_FOR_REVIEW);
            default -> Set.of(ReplyAction.FLAGGED_FOR_REVIEW);
        };
    }

    private ReplyAction wrongNumber(InboundReply reply, Classification classification) {
        if (!RestrictionRecorder.phone(reply.channel()) || reply.address() == null) {
            return optOuts.actOn(reply, classification);
        }
        try {
            wrongNumbers.report(reply.caseId(), reply.address(), RestrictionRecorder.source(reply),
                    reply.receivedAt(), recorder.recordedBy(),
                    RestrictionRecorder.note(reply, Intent.WRONG_NUMBER, classification));
            return ReplyAction.NUMBER_MARKED_MISDIRECTED;
        } catch (InvalidRestrictionException e) {
            log.warn("Reply {} of case {}: the number could not be closed ({}); an agent reviews it",
                    reply.messageId(), reply.caseId(), e.getMessage());
            return ReplyAction.FLAGGED_FOR_REVIEW;
        }
    }

    private static List<Intent> saidIn(Classification classification) {
        List<Intent> said = new ArrayList<>();
        said.add(classification.intent());
        classification.alsoDetected().stream().filter(intent -> !said.contains(intent)).forEach(said::add);
        return said;
    }
}
