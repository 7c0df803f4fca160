package io.cureflow.understanding.internal.replies;

import io.cureflow.account.ContactPointView;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactRestriction;
import io.cureflow.compliance.ContactRestrictions;
import io.cureflow.compliance.NewRestriction;
import io.cureflow.compliance.RestrictionKind;
import io.cureflow.outreach.OptOutConfirmation;
import io.cureflow.understanding.Classification;
import io.cureflow.understanding.Intent;
import io.cureflow.understanding.ReplyAction;
import io.cureflow.understanding.internal.limits.NamedChannels;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * An opt-out closes the channel the reply names ("don't email me", sent by text, closes email) or, when it names none,
 * the one it came by. The reply's own channel is closed for the number or address it came from; another channel for
 * every number or address of that kind on file, or as a whole when none is. A phone channel also withdraws the number's
 * TCPA consent, as the STOP keyword does. Each number newly closed to texts gets the one confirmation text, through
 * outreach's sender, which never sends a number a second one.
 */
@Component
class OptOutResponse {

    private final RestrictionRecorder recorder;
    private final ContactRestrictions restrictions;
    private final OptOutConfirmation confirmation;

    OptOutResponse(RestrictionRecorder recorder, ContactRestrictions restrictions, OptOutConfirmation confirmation) {
        this.recorder = recorder;
        this.restrictions = restrictions;
        this.confirmation = confirmation;
    }

    /** True when the STOP keyword (or an earlier reply) already closed the reply's own channel and address. */
    boolean alreadyClosed(InboundReply reply) {
        return reply.address() != null
                && closed(restrictions.ofAccount(reply.accountId()), reply, reply.channel(), reply.address());
    }

    ReplyAction actOn(InboundReply reply, Classification classification) {
        Set<Channel> named = NamedChannels.in(reply.text());
        Set<Channel> channels = named.isEmpty() ? Set.of(reply.channel()) : named;
        String note = RestrictionRecorder.note(reply, Intent.OPT_OUT, classification);
        List<ContactRestriction> existing = restrictions.ofAccount(reply.accountId());
        List<String> confirm = new ArrayList<>();
        boolean allRecorded = true;
        for (Channel channel : channels) {
            List<String> points = points(reply, channel);
            allRecorded &= !points.isEmpty();
            for (String point : points) {
                if (point != null && closed(existing, reply, channel, point)) {
                    continue;
                }
                boolean recorded = recorder.record(reply, NewRestriction.of(RestrictionKind.OPT_OUT,
                        reply.accountId(), channel, point, RestrictionRecorder.source(reply), recorder.recordedBy(),
                        note));
                allRecorded &= recorded;
                if (recorded && point != null && RestrictionRecorder.phone(channel)) {
                    recorder.record(reply, NewRestriction.of(RestrictionKind.CONSENT_REVOKED, reply.accountId(), null,
                            point, RestrictionRecorder.source(reply), recorder.recordedBy(), note));
                }
                if (recorded && point != null && channel == Channel.SMS && textable(reply, point)
                        && !confirm.contains(point)) {
                    confirm.add(point);
                }
            }
        }
        confirm.forEach(number -> confirmation.confirmTextOptOut(reply.caseId(), number));
        return allRecorded ? ReplyAction.CHANNEL_REVOKED : ReplyAction.FLAGGED_FOR_REVIEW;
    }

    /**
     * The reply's own address on its own channel; on another channel every point of that kind on file, or the whole
     * channel (a single null) when none is. Empty when the reply's own address is unknown.
     */
    private static List<String> points(InboundReply reply, Channel channel) {
        if (channel == reply.channel() || channel == Channel.CALL && reply.channel() == Channel.VOICEMAIL) {
            return reply.address() == null ? List.of() : List.of(reply.address());
        }
        ContactPointView.Kind kind = RestrictionRecorder.phone(channel) ? ContactPointView.Kind.PHONE
                : ContactPointView.Kind.EMAIL;
        List<String> onFile = reply.contactPoints().stream().filter(point -> point.kind() == kind)
                .map(ContactPointView::value).toList();
        return onFile.isEmpty() ? Collections.singletonList(null) : onFile;
    }

    /** A landline on file cannot take the confirmation text; a number not on file is the one the text came from. */
    private static boolean textable(InboundReply reply, String number) {
        return reply.contactPoints().stream().noneMatch(point -> samePoint(point.value(), number)
                && "LANDLINE".equals(point.lineType()));
    }

    private static boolean closed(List<ContactRestriction> existing, InboundReply reply, Channel channel,
                                  String point) {
        return existing.stream().anyMatch(restriction -> restriction.kind() == RestrictionKind.OPT_OUT
                && restriction.activeAt(reply.receivedAt())
                && (restriction.channel() == null || restriction.channel() == channel)
                && (restriction.contactPoint() == null || samePoint(restriction.contactPoint(), point)));
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
