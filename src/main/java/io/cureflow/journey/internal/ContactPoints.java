package io.cureflow.journey.internal;

import io.cureflow.account.ContactPointView;
import io.cureflow.compliance.Channel;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which of a borrower's contact points a step on a channel would use: the right kind, not opted out, consented ones
 * first and, for texts, mobile lines first. Whether the contact may happen is the compliance gate's decision.
 */
final class ContactPoints {

    private ContactPoints() {
    }

    static Optional<ContactPointView> forChannel(List<ContactPointView> points, Channel channel) {
        ContactPointView.Kind kind = channel == Channel.EMAIL ? ContactPointView.Kind.EMAIL : ContactPointView.Kind.PHONE;
        return points.stream()
                .filter(point -> point.kind() == kind && !point.optedOut())
                .min(Comparator.comparing((ContactPointView point) -> !point.consent())
                        .thenComparing(point -> channel == Channel.SMS && !"MOBILE".equals(point.lineType())));
    }

    static Optional<ContactPointView> byId(List<ContactPointView> points, Long id) {
        return id == null ? Optional.empty() : points.stream().filter(point -> point.id() == id).findFirst();
    }
}
