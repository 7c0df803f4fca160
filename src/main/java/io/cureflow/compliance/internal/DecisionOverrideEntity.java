package io.cureflow.compliance.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** Who lifted which block, why and when, and the ALLOW decision that replaced it. */
@Entity
@Table(name = "compliance_decision_override")
class DecisionOverrideEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long decisionId;
    private long allowDecisionId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private OverrideReason reason;

    private String note;
    private String approvedBy;
    private Instant approvedAt;

    protected DecisionOverrideEntity() {
    }

    DecisionOverrideEntity(long decisionId, long allowDecisionId, OverrideReason reason, String note,
                           String approvedBy, Instant approvedAt) {
        this.decisionId = decisionId;
        this.allowDecisionId = allowDecisionId;
        this.reason = reason;
        this.note = note;
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
    }

    Long getId() {
        return id;
    }
}
