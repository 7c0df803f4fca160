package io.cureflow.compliance.internal;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ComplianceDecision;
import io.cureflow.compliance.ComplianceDecision.Verdict;
import io.cureflow.compliance.ComplianceReason;
import io.cureflow.compliance.ContactProposal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

@Entity
@Table(name = "compliance_decision")
class DecisionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "compliance_decision_seq")
    @SequenceGenerator(name = "compliance_decision_seq", sequenceName = "compliance_decision_seq", allocationSize = 50)
    private Long id;

    private long caseId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Channel channel;

    private String contactPoint;
    private Instant contactAt;
    private Long inResponseTo;
    private String statedTimeZone;
    private String consumerState;
    private String consumerZip;
    private String addressZones;
    private String phoneZones;
    private String candidateZones;
    private boolean locationFallback;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Verdict verdict;

    private Instant nextAllowedAt;
    private boolean stopsAutomation;

    @Column(nullable = false)
    private Instant evaluatedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "rule_results", nullable = false)
    private List<StoredRuleResult> results = new ArrayList<>();

    protected DecisionEntity() {
    }

    static DecisionEntity record(ContactContext context, ComplianceEvaluator.Evaluation evaluation,
                                 Instant evaluatedAt) {
        ContactProposal proposal = context.proposal();
        ConsumerLocation location = context.location();
        DecisionEntity entity = new DecisionEntity();
        entity.caseId = proposal.caseId();
        entity.channel = proposal.channel();
        entity.contactPoint = proposal.contactPoint();
        entity.contactAt = context.at();
        entity.inResponseTo = proposal.inResponseTo();
        entity.statedTimeZone = context.contact().timeZone();
        entity.consumerState = context.contact().state();
        entity.consumerZip = context.contact().zip();
        entity.addressZones = join(location.addressZones());
        entity.phoneZones = join(location.phoneZones());
        entity.candidateZones = join(location.candidateZones());
        entity.locationFallback = location.fallback();
        entity.verdict = evaluation.verdict();
        entity.nextAllowedAt = evaluation.nextAllowedAt();
        entity.stopsAutomation = evaluation.stopsAutomation();
        entity.evaluatedAt = evaluatedAt;
        int position = 0;
        for (ComplianceEvaluator.RuleOutcome outcome : evaluation.outcomes()) {
            entity.results.add(StoredRuleResult.of(position++, outcome));
        }
        return entity;
    }

    /**
     * An ALLOW with the inputs of a block a supervisor lifted: each rule that blocked now passes with the override's
     * message; the other rules' results are kept as they were.
     */
    static DecisionEntity overriding(DecisionEntity blocked, String message, String detail, Instant evaluatedAt) {
        DecisionEntity entity = new DecisionEntity();
        entity.caseId = blocked.caseId;
        entity.channel = blocked.channel;
        entity.contactPoint = blocked.contactPoint;
        entity.contactAt = blocked.contactAt;
        entity.inResponseTo = blocked.inResponseTo;
        entity.statedTimeZone = blocked.statedTimeZone;
        entity.consumerState = blocked.consumerState;
        entity.consumerZip = blocked.consumerZip;
        entity.addressZones = blocked.addressZones;
        entity.phoneZones = blocked.phoneZones;
        entity.candidateZones = blocked.candidateZones;
        entity.locationFallback = blocked.locationFallback;
        entity.verdict = Verdict.ALLOW;
        entity.evaluatedAt = evaluatedAt;
        int position = 0;
        for (StoredRuleResult result : blocked.results) {
            RuleResult lifted = result.blocked()
                    ? new RuleResult(false, message, null, fit(detail + "; was: " + result.detail()), false)
                    : new RuleResult(false, null, null, result.detail(), false);
            entity.results.add(StoredRuleResult.of(position++,
                    new ComplianceEvaluator.RuleOutcome(result.ruleId(), result.citation(), lifted)));
        }
        return entity;
    }

    ComplianceDecision toDecision() {
        List<ComplianceReason> reasons = results.stream()
                .filter(StoredRuleResult::blocked)
                .map(StoredRuleResult::toReason)
                .toList();
        return new ComplianceDecision(id, verdict, reasons, nextAllowedAt, stopsAutomation);
    }

    String reasonText() {
        return results.stream().filter(StoredRuleResult::blocked).map(StoredRuleResult::message)
                .collect(Collectors.joining(" "));
    }

    private static String fit(String detail) {
        return detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    private static String join(List<ZoneId> zones) {
        return zones.stream().map(ZoneId::getId).collect(Collectors.joining(","));
    }

    /** Set by {@link DecisionWriter}, which inserts gate decisions without the JPA session. */
    void assignId(long assigned) {
        this.id = assigned;
    }

    Long getId() {
        return id;
    }

    long getCaseId() {
        return caseId;
    }

    Channel getChannel() {
        return channel;
    }

    String getContactPoint() {
        return contactPoint;
    }

    Instant getContactAt() {
        return contactAt;
    }

    String getStatedTimeZone() {
        return statedTimeZone;
    }

    String getConsumerState() {
        return consumerState;
    }

    String getConsumerZip() {
        return consumerZip;
    }

    String getAddressZones() {
        return addressZones;
    }

    String getPhoneZones() {
        return phoneZones;
    }

    String getCandidateZones() {
        return candidateZones;
    }

    boolean isLocationFallback() {
        return locationFallback;
    }

    Verdict getVerdict() {
        return verdict;
    }

    Long getInResponseTo() {
        return inResponseTo;
    }

    Instant getNextAllowedAt() {
        return nextAllowedAt;
    }

    boolean isStopsAutomation() {
        return stopsAutomation;
    }

    Instant getEvaluatedAt() {
        return evaluatedAt;
    }

    List<StoredRuleResult> getResults() {
        return List.copyOf(results);
    }
}
