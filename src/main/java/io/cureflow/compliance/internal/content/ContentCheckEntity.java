package io.cureflow.compliance.internal.content;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ComplianceReason;
import io.cureflow.compliance.ContentGuardrail.BlockedContent;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "content_check")
class ContentCheckEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long caseId;
    private Long messageId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Channel channel;

    private boolean passed;
    private String ruleIds;
    private Instant checkedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "content_violation", joinColumns = @JoinColumn(name = "check_id"))
    @OrderColumn(name = "position")
    private List<Violation> violations = new ArrayList<>();

    protected ContentCheckEntity() {
    }

    ContentCheckEntity(long caseId, Long messageId, Channel channel, List<ComplianceReason> reasons,
                       Instant checkedAt) {
        this.caseId = caseId;
        this.messageId = messageId;
        this.channel = channel;
        this.passed = reasons.isEmpty();
        this.ruleIds = reasons.isEmpty() ? null
                : String.join(",", reasons.stream().map(ComplianceReason::rule).distinct().toList());
        this.checkedAt = checkedAt;
        reasons.forEach(reason -> violations.add(new Violation(reason.rule(), reason.citation(), reason.message())));
    }

    BlockedContent toBlockedContent() {
        return new BlockedContent(id, messageId, channel, checkedAt,
                violations.stream().map(v -> new ComplianceReason(v.ruleId, v.citation, v.message)).toList());
    }

    Long getId() {
        return id;
    }

    boolean isPassed() {
        return passed;
    }

    String getRuleIds() {
        return ruleIds;
    }

    @Embeddable
    static class Violation {

        private String ruleId;
        private String citation;

        @Column(length = 1000)
        private String message;

        protected Violation() {
        }

        Violation(String ruleId, String citation, String message) {
            this.ruleId = ruleId;
            this.citation = citation;
            this.message = message;
        }
    }
}
