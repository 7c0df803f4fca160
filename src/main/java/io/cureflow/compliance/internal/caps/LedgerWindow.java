package io.cureflow.compliance.internal.caps;

import java.time.Instant;
import java.util.List;

/**
 * Outbound ledger rows in a bounded time window, oldest first. Rows that were never attempted (blocked, no contact
 * point) and inbound rows are left out.
 */
public interface LedgerWindow {

    /** Every debt of one person together. */
    List<OutboundAttempt> ofBorrower(long borrowerId, Instant from, Instant to);

    /** One debt. */
    List<OutboundAttempt> ofAccount(long accountId, Instant from, Instant to);
}
