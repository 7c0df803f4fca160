package io.cureflow.outreach.internal;

import io.cureflow.account.ContactPointView;
import io.cureflow.account.ContactPointView.Kind;
import io.cureflow.compliance.Channel;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Chooses where a message goes: texts to any phone not known to be a landline, calls and voicemails to any phone,
 * emails to an email address; never to an address the borrower opted out of. Among the usable ones, a point with
 * consent comes first, then a known mobile. libphonenumber cannot tell US mobiles from landlines (it answers "fixed
 * line or mobile", stored as UNKNOWN), so refusing those would mean never texting a US borrower.
 */
final class ContactPointPicker {

    private ContactPointPicker() {
    }

    static Optional<ContactPointView> pick(List<ContactPointView> points, Channel channel) {
        return points.stream()
                .filter(point -> !point.optedOut())
                .filter(usableFor(channel))
                .min(Comparator.comparing((ContactPointView point) -> !point.consent())
                        .thenComparing(point -> !"MOBILE".equals(point.lineType())));
    }

    private static Predicate<ContactPointView> usableFor(Channel channel) {
        return switch (channel) {
            case SMS -> point -> point.kind() == Kind.PHONE && !"LANDLINE".equals(point.lineType());
            case CALL, VOICEMAIL -> point -> point.kind() == Kind.PHONE;
            case EMAIL -> point -> point.kind() == Kind.EMAIL;
        };
    }
}
