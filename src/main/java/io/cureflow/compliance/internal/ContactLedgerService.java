package io.cureflow.compliance.internal;

import io.cureflow.account.CaseService;
import io.cureflow.account.CaseView;
import io.cureflow.compliance.AttemptRecord;
import io.cureflow.compliance.CallRecipient;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ComplianceDecision.Verdict;
import io.cureflow.compliance.ContactAttempt;
import io.cureflow.compliance.ContactDirection;
import io.cureflow.compliance.ContactLedger;
import io.cureflow.compliance.RecordedAttempt;
import io.cureflow.compliance.UnknownDecisionException;
import io.cureflow.compliance.internal.frequency.DebtAllocations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

@Service
class ContactLedgerService implements ContactLedger {

    private final ContactAttemptRepository attempts;
    private final DecisionRepository decisions;
    private final CaseService cases;
    private final DebtAllocations allocations;

    ContactLedgerService(ContactAttemptRepository attempts, DecisionRepository decisions, CaseService cases,
                         DebtAllocations allocations) {
        this.attempts = attempts;
        this.decisions = decisions;
        this.cases = cases;
        this.allocations = allocations;
    }

    @Override
    @Transactional
    public long record(long caseId, Channel channel, String contactPoint, String outcome, Long decisionId,
                       Instant at) {
        return record(caseId, channel, contactPoint, ContactDirection.OUTBOUND, outcome, decisionId, at);
    }

    @Override
    @Transactional
    public long record(long caseId, Channel channel, String contactPoint, ContactDirection direction, String outcome,
                       Long decisionId, Instant at) {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(at, "at");
        // Account and borrower are copied onto the row so that per-debt and per-person counts need no join.
        Optional<CaseView> view = cases.findCase(caseId);
        Long accountId = view.map(CaseView::accountId).orElse(null);
        Long borrowerId = view.map(CaseView::borrowerId).orElse(null);
        long attemptId = attempts.save(new ContactAttemptEntity(caseId, accountId, borrowerId, channel, contactPoint,
                direction, outcome, decisionId, at)).getId();
        if (accountId != null && borrowerId != null) {
            allocations.allocate(attemptId, borrowerId, List.of(accountId), List.of(), channel, direction, outcome,
                    CallRecipient.CONSUMER, at);
        }
        return attemptId;
    }

    @Override
    @Transactional
    public RecordedAttempt record(AttemptRecord attempt) {
        if (attempt.decisionId() != null && !decisions.existsById(attempt.decisionId())) {
            throw new UnknownDecisionException(attempt.decisionId());
        }
        long accountId = attempt.accountIds().get(0);
        long attemptId = attempts.save(new ContactAttemptEntity(attempt.caseId(), accountId, attempt.borrowerId(),
                attempt.channel(), attempt.contactPoint(), attempt.direction(), attempt.outcome().name(),
                attempt.decisionId(), attempt.at(), attempt.recipient())).getId();
        return new RecordedAttempt(attemptId, allocations.allocate(attemptId, attempt.borrowerId(),
                attempt.accountIds(), attempt.discussedAccountIds(), attempt.channel(), attempt.direction(),
                attempt.outcome().name(), attempt.recipient(), attempt.at()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ContactAttempt> attemptsOfCase(long caseId) {
        return attempts.findByCaseIdOrderByAttemptedAtAscIdAsc(caseId).stream()
                .map(ContactAttemptEntity::toAttempt)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasCommunicatedWith(long borrowerId) {
        return attempts.anyCommunication(borrowerId, ContactDirection.INBOUND, List.of(Channel.SMS, Channel.EMAIL),
                List.of("SENT", "DELIVERED"), Channel.CALL, "CONVERSATION");
    }

    @Override
    @Transactional(readOnly = true)
    public List<BlockedContact> blockedContactsOfCase(long caseId) {
        return decisions.findByCaseIdAndVerdictOrderByEvaluatedAtAscIdAsc(caseId, Verdict.BLOCK).stream()
                .map(decision -> new BlockedContact(decision.getId(), decision.getChannel(), decision.getContactAt(),
                        decision.getNextAllowedAt(), decision.reasonText()))
                .toList();
    }
}
