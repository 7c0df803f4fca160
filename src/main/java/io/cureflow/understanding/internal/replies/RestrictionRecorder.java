package io.cureflow.understanding.internal.replies;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactRestrictions;
import io.cureflow.compliance.InvalidRestrictionException;
import io.cureflow.compliance.NewRestriction;
import io.cureflow.compliance.RestrictionSource;
import io.cureflow.understanding.Classification;
import io.cureflow.understanding.Intent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Records restrictions found in a reply with compliance, under the reply's source and author and a note that names the
 * message and the classifier, never the words. A restriction compliance refuses is reported, not thrown: a person
 * reads that reply instead.
 */
@Component
class RestrictionRecorder {

    private static final Logger log = LoggerFactory.getLogger(RestrictionRecorder.class);

    private final ContactRestrictions restrictions;
    private final RepliesProperties properties;

    RestrictionRecorder(ContactRestrictions restrictions, RepliesProperties properties) {
        this.restrictions = restrictions;
        this.properties = properties;
    }

    /** False when compliance refused it. */
    boolean record(InboundReply reply, NewRestriction restriction) {
        try {
            restrictions.record(restriction);
            return true;
        } catch (InvalidRestrictionException e) {
            log.warn("Reply {} of case {}: restriction {} not recorded ({}); an agent reviews it", reply.messageId(),
                    reply.caseId(), restriction.kind(), e.getMessage());
            return false;
        }
    }

    String recordedBy() {
        return properties.recordedBy();
    }

    static String note(InboundReply reply, Intent intent, Classification classification) {
        String category = intent == Intent.HARDSHIP && classification.hardshipCategory() != null
                ? " (" + classification.hardshipCategory().wireName() + ")" : "";
        return String.format(Locale.ROOT, "Reply message %d read as %s%s by %s, confidence %.2f",
                reply.messageId(), intent.wireName(), category, classification.classifier(),
                classification.confidence());
    }

    static RestrictionSource source(InboundReply reply) {
        return switch (reply.channel()) {
            case EMAIL -> RestrictionSource.INBOUND_EMAIL;
            case CALL, VOICEMAIL -> RestrictionSource.INBOUND_CALL;
            case SMS -> RestrictionSource.INBOUND_SMS;
        };
    }

    static boolean phone(Channel channel) {
        return channel == Channel.SMS || channel == Channel.CALL || channel == Channel.VOICEMAIL;
    }
}
