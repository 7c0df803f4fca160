package io.cureflow.understanding.internal.replies;

import io.cureflow.compliance.NewRestriction;
import io.cureflow.understanding.Classification;
import io.cureflow.understanding.Intent;
import io.cureflow.understanding.ReplyAction;
import io.cureflow.understanding.internal.limits.ContactLimit;
import io.cureflow.understanding.internal.limits.ContactLimitReader;
import io.cureflow.understanding.internal.limits.ContactLimits;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Set;

/**
 * A contact restriction ("don't call me at work", "only text me", "only after 6pm") recorded as compliance's
 * NO_CONTACT_AT_WORK, CHANNEL_ONLY and INCONVENIENT_TIME, so the gate holds to it from now on. Whatever the reader is not
 * sure of still goes to a person, with everything it was sure of already recorded. A work number or address the reply
 * does not point out is recorded as work in general, which closes the landlines (any may be the one at work), and a
 * person finds out which number it is.
 */
@Component
class ContactLimitResponse {

    private final RestrictionRecorder recorder;

    ContactLimitResponse(RestrictionRecorder recorder) {
        this.recorder = recorder;
    }

    Set<ReplyAction> actOn(InboundReply reply, Classification classification) {
        ContactLimits read = ContactLimitReader.read(reply.text());
        Set<ReplyAction> done = EnumSet.noneOf(ReplyAction.class);
        String note = RestrictionRecorder.note(reply, Intent.CONTACT_RESTRICTION, classification);
        for (ContactLimit limit : read.limits()) {
            done.add(recorder.record(reply, restriction(reply, limit, note)) ? ReplyAction.RESTRICTION_RECORDED
                    : ReplyAction.FLAGGED_FOR_REVIEW);
        }
        if (read.unsure()) {
            done.add(ReplyAction.FLAGGED_FOR_REVIEW);
        }
        return done;
    }

    private NewRestriction restriction(InboundReply reply, ContactLimit limit, String note) {
        String point = limit.thisAddress() ? reply.address() : null;
        return new NewRestriction(limit.kind(), reply.accountId(), false, limit.channel(), point, limit.from(),
                limit.until(), limit.days(), null, RestrictionRecorder.source(reply), recorder.recordedBy(), note);
    }
}
