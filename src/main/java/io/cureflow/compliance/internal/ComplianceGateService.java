package io.cureflow.compliance.internal;

import io.cureflow.account.CaseContact;
import io.cureflow.account.CaseService;
import io.cureflow.compliance.ComplianceDecision;
import io.cureflow.compliance.ContactComplianceGate;
import io.cureflow.compliance.ContactProposal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

@Service
class ComplianceGateService implements ContactComplianceGate {

    private final CaseService cases;
    private final ConsumerLocator locator;
    private final ComplianceEvaluator evaluator;
    private final EvaluationPrefetcher prefetcher;
    private final DecisionWriter decisions;
    private final Clock clock;

    ComplianceGateService(CaseService cases, ConsumerLocator locator, ComplianceEvaluator evaluator,
                          EvaluationPrefetcher prefetcher, DecisionWriter decisions, Clock clock) {
        this.cases = cases;
        this.locator = locator;
        this.evaluator = evaluator;
        this.prefetcher = prefetcher;
        this.decisions = decisions;
        this.clock = clock;
    }

    /**
     * Joins the caller's transaction (the journey's, so a decision commits with the step that asked); alone, it opens
     * none: each read is a snapshot of its own under read committed anyway, and the decision is one insert, so running
     * them in autocommit spares the begin and commit round trips of a transaction of its own.
     */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public ComplianceDecision evaluate(ContactProposal proposal) {
        Objects.requireNonNull(proposal.channel(), "channel");
        Instant evaluatedAt = clock.instant();
        Instant at = proposal.at() != null ? proposal.at() : evaluatedAt;
        CaseContact contact = cases.contactOf(proposal.caseId());
        ConsumerLocation location = locator.locate(contact, proposal);
        ContactContext context = new ContactContext(proposal, contact, location, at);
        ComplianceEvaluator.Evaluation evaluation;
        try (EvaluationMemo.Scope memo = EvaluationMemo.open()) {
            prefetcher.prefetch(context);
            evaluation = evaluator.evaluate(context);
        }
        DecisionEntity decision = DecisionEntity.record(context, evaluation, evaluatedAt);
        decisions.insert(decision);
        return decision.toDecision();
    }
}
