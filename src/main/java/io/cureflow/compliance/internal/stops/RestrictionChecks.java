package io.cureflow.compliance.internal.stops;

import io.cureflow.compliance.InvalidRestrictionException;
import io.cureflow.compliance.InvalidRestrictionException.Problem;
import io.cureflow.compliance.NewRestriction;
import io.cureflow.compliance.RestrictionKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What each kind of restriction needs, checked before anything is stored. Keys are in {@code i18n/compliance}. */
final class RestrictionChecks {

    static final int NOTE_LENGTH = 1000;
    static final int REASON_LENGTH = 500;
    static final String VERIFICATION_SENT = "verification sent";
    private static final String KEY = "compliance.restriction.error.";

    private RestrictionChecks() {
    }

    static void check(NewRestriction restriction) {
        List<Problem> problems = new ArrayList<>();
        RestrictionKind kind = restriction.kind();
        if (kind == null) {
            throw new InvalidRestrictionException(List.of(new Problem("kind", KEY + "kind")));
        }
        String point = restriction.contactPoint();
        if (point != null && ContactPoints.normalize(point).isEmpty()) {
            problems.add(new Problem("contactPoint", KEY + "contactPoint"));
        } else if (point != null && restriction.channel() != null
                && ContactPoints.isEmail(point) == ContactPoints.isPhoneChannel(restriction.channel())) {
            problems.add(new Problem("contactPoint", KEY + "contactPoint.channel"));
        }
        switch (kind) {
            case OPT_OUT -> {
                if (restriction.channel() == null && point == null) {
                    problems.add(new Problem("channel", KEY + "optOut"));
                }
            }
            case CONSENT_REVOKED -> {
                if (point == null || ContactPoints.isEmail(point)) {
                    problems.add(new Problem("contactPoint", KEY + "phoneRequired"));
                }
            }
            case CHANNEL_ONLY -> {
                if (restriction.channel() == null) {
                    problems.add(new Problem("channel", KEY + "channelRequired"));
                }
            }
            case INCONVENIENT_TIME -> checkTime(restriction, problems);
            default -> {
            }
        }
        if (kind != RestrictionKind.INCONVENIENT_TIME
                && (restriction.from() != null || restriction.until() != null
                || !restriction.daysOfWeek().isEmpty())) {
            problems.add(new Problem("from", KEY + "timeNotApplicable"));
        }
        if (restriction.note() != null && restriction.note().length() > NOTE_LENGTH) {
            problems.add(new Problem("note", KEY + "note"));
        }
        if (restriction.source() == null) {
            problems.add(new Problem("source", KEY + "source"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRestrictionException(problems);
        }
    }

    private static void checkTime(NewRestriction restriction, List<Problem> problems) {
        if (restriction.from() == null && restriction.until() == null && restriction.daysOfWeek().isEmpty()) {
            problems.add(new Problem("from", KEY + "timeRequired"));
        } else if (restriction.from() != null && restriction.from().equals(restriction.until())) {
            problems.add(new Problem("until", KEY + "until"));
        }
        if (restriction.channel() != null || restriction.contactPoint() != null) {
            problems.add(new Problem("channel", KEY + "timeForEveryChannel"));
        }
    }

    static String checkLift(RestrictionKind kind, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > REASON_LENGTH) {
            throw new InvalidRestrictionException(List.of(new Problem("reason", KEY + "reason")));
        }
        String trimmed = reason.trim();
        if (kind == RestrictionKind.DISPUTE && !normalized(trimmed).startsWith(VERIFICATION_SENT)) {
            throw new InvalidRestrictionException(List.of(new Problem("reason", KEY + "reason.dispute")));
        }
        return trimmed;
    }

    private static String normalized(String text) {
        return text.toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
    }
}
