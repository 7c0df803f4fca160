package io.cureflow.compliance.internal;

import java.util.Optional;

/** The consumer's own contacts in the ledger, by attempt id. */
public interface InboundContacts {

    /** Empty when no attempt has that id or it went out rather than came in. */
    Optional<InboundContact> find(long attemptId);
}
