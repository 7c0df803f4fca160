package io.cureflow.compliance.internal.stops;

import io.cureflow.account.ContactPointView;

import java.util.Optional;

/** Whether a number is, or may be, a wireless one: only a number known to be a landline is not. */
final class LineTypes {

    static final String LANDLINE = "LANDLINE";

    private LineTypes() {
    }

    static boolean landline(Optional<ContactPointView> point) {
        return point.map(ContactPointView::lineType).map(LANDLINE::equalsIgnoreCase).orElse(false);
    }

    static String describe(Optional<ContactPointView> point) {
        return point.map(ContactPointView::lineType).orElse("not on file");
    }
}
