package io.cureflow.compliance.internal.frequency;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What one frequency prong says in one candidate zone.
 *
 * @param allowedFrom null when the call is allowed in this zone; otherwise the start of the first local day it is
 * @param count       the counted calls (prong A) or the conversations (prong B) found
 * @param day         the local day the count ends on (prong A) or the last conversation's date (prong B)
 * @param detail      the counts and days looked at, for the audit record
 */
record ZoneVerdict(ZoneId zone, Instant allowedFrom, int count, LocalDate day, String detail) {

    static ZoneVerdict allowed(ZoneId zone, String detail) {
        return new ZoneVerdict(zone, null, 0, null, detail);
    }

    boolean blocked() {
        return allowedFrom != null;
    }

    LocalDate allowedDay() {
        return allowedFrom.atZone(zone).toLocalDate();
    }
}
