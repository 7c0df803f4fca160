package io.cureflow.compliance.internal.frequency;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * When prior consent covers a call (Reg F §1006.14(b)(3)(i), comment 14(b)(3)(i)-2): from its receipt to the end of
 * its last local day (day of receipt = day 1), unless revoked sooner or ended by a telephone conversation about the
 * debt that takes place after it was given.
 */
final class ConsentPeriods {

    private final List<CallConsent> consents;
    private final List<DebtCall> calls;
    private final int maxDays;

    ConsentPeriods(DebtHistory history, int maxDays) {
        this.consents = history.consents();
        this.calls = history.calls();
        this.maxDays = maxDays;
    }

    boolean covers(Instant call, ZoneId zone) {
        for (CallConsent consent : consents) {
            if (!call.isBefore(consent.receivedAt()) && call.isBefore(end(consent, zone))) {
                return true;
            }
        }
        return false;
    }

    private Instant end(CallConsent consent, ZoneId zone) {
        int days = Math.min(consent.days(), maxDays);
        Instant end = consent.receivedAt().atZone(zone).toLocalDate().plusDays(days).atStartOfDay(zone).toInstant();
        if (consent.revokedAt() != null && consent.revokedAt().isBefore(end)) {
            end = consent.revokedAt();
        }
        for (DebtCall call : calls) {
            if (call.conversation() && call.at().isAfter(consent.receivedAt()) && call.at().isBefore(end)) {
                end = call.at();
            }
        }
        return end;
    }
}
