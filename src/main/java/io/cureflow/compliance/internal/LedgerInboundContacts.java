package io.cureflow.compliance.internal;

import io.cureflow.compliance.ContactDirection;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Reads an inbound ledger row once per evaluation: several rules ask about the same contact, at several instants. */
@Component
class LedgerInboundContacts implements InboundContacts {

    private final ContactAttemptRepository attempts;

    LedgerInboundContacts(ContactAttemptRepository attempts) {
        this.attempts = attempts;
    }

    @Override
    public Optional<InboundContact> find(long attemptId) {
        return EvaluationMemo.remember(new InboundRead(attemptId), () -> attempts.findById(attemptId)
                .filter(attempt -> attempt.getDirection() == ContactDirection.INBOUND)
                .filter(attempt -> attempt.getBorrowerId() != null)
                .map(attempt -> new InboundContact(attempt.getId(), attempt.getCaseId(), attempt.getBorrowerId(),
                        attempt.getChannel(), attempt.getContactPoint(), attempt.getAttemptedAt())));
    }

    private record InboundRead(long attemptId) {
    }
}
