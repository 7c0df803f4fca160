package io.cureflow.compliance.internal;

import io.cureflow.compliance.ComplianceReason;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "compliance_rule_result")
class RuleResultEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "compliance_rule_result_seq")
    @SequenceGenerator(name = "compliance_rule_result_seq", sequenceName = "compliance_rule_result_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decision_id")
    private DecisionEntity decision;

    private int position;
    private String ruleId;
    private String citation;
    private boolean blocked;
    private String message;
    private String detail;
    private Instant earliestAllowedAt;
    private boolean stopsAutomation;

    protected RuleResultEntity() {
    }

    RuleResultEntity(DecisionEntity decision, int position, ComplianceEvaluator.RuleOutcome outcome) {
        this.decision = decision;
        this.position = position;
        this.ruleId = outcome.ruleId();
        this.citation = outcome.citation();
        this.blocked = outcome.result().blocked();
        this.message = outcome.result().message();
        this.detail = outcome.result().detail();
        this.earliestAllowedAt = outcome.result().earliestAllowedAt();
        this.stopsAutomation = outcome.result().stopsAutomation();
    }

    ComplianceReason toReason() {
        return new ComplianceReason(ruleId, citation, message);
    }

    String getRuleId() {
        return ruleId;
    }

    String getCitation() {
        return citation;
    }

    boolean isBlocked() {
        return blocked;
    }

    String getMessage() {
        return message;
    }

    String getDetail() {
        return detail;
    }

    boolean isStopsAutomation() {
        return stopsAutomation;
    }

    Instant getEarliestAllowedAt() {
        return earliestAllowedAt;
    }
}
