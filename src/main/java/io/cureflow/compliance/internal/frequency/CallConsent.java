package io.cureflow.compliance.internal.frequency;

import java.time.Instant;

/**
 * Prior consent to further calls about one debt, given directly to CureFlow (Reg F §1006.14(b)(3)(i)).
 *
 * @param days      how many consecutive days, the day of receipt being day 1; the configured maximum caps it
 * @param revokedAt when the person took the consent back, or null
 */
record CallConsent(Instant receivedAt, int days, Instant revokedAt) {
}
