package io.cureflow.journey.internal;

import io.cureflow.compliance.ComplianceReason;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The reason a stop puts on the case: the blocking rules' ids with their messages, which come from the compliance
 * bundle. Kept to the case's reason column; the full decision stays in the compliance record.
 */
final class StopReasons {

    static final int MAX_LENGTH = 200;

    private StopReasons() {
    }

    static String of(List<ComplianceReason> reasons) {
        String text = reasons.stream()
                .map(reason -> reason.message() == null ? reason.rule() : reason.rule() + ": " + reason.message())
                .collect(Collectors.joining("; "));
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH);
    }
}
