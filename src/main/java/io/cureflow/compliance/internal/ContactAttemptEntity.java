package io.cureflow.compliance.internal;

import io.cureflow.compliance.CallRecipient;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactAttempt;
import io.cureflow.compliance.ContactDirection;
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

@Entity
@Table(name = "contact_attempt")
class ContactAttemptEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long caseId;
    private Long accountId;
    private Long borrowerId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Channel channel;

    private String contactPoint;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ContactDirection direction;

    private String outcome;
    private Long decisionId;
    private Instant attemptedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private CallRecipient recipient = CallRecipient.CONSUMER;

    protected ContactAttemptEntity() {
    }

    ContactAttemptEntity(long caseId, Long accountId, Long borrowerId, Channel channel, String contactPoint,
                         ContactDirection direction, String outcome, Long decisionId, Instant attemptedAt) {
        this.caseId = caseId;
        this.accountId = accountId;
        this.borrowerId = borrowerId;
        this.channel = channel;
        this.contactPoint = contactPoint;
        this.direction = direction;
        this.outcome = outcome;
        this.decisionId = decisionId;
        this.attemptedAt = attemptedAt;
    }

    ContactAttemptEntity(long caseId, Long accountId, Long borrowerId, Channel channel, String contactPoint,
                         ContactDirection direction, String outcome, Long decisionId, Instant attemptedAt,
                         CallRecipient recipient) {
        this(caseId, accountId, borrowerId, channel, contactPoint, direction, outcome, decisionId, attemptedAt);
        this.recipient = recipient;
    }

    ContactAttempt toAttempt() {
        return new ContactAttempt(id, caseId, channel, outcome, decisionId, attemptedAt);
    }

    long getCaseId() {
        return caseId;
    }

    Channel getChannel() {
        return channel;
    }

    Instant getAttemptedAt() {
        return attemptedAt;
    }

    Long getId() {
        return id;
    }

    Long getAccountId() {
        return accountId;
    }

    Long getBorrowerId() {
        return borrowerId;
    }

    String getContactPoint() {
        return contactPoint;
    }

    ContactDirection getDirection() {
        return direction;
    }

    CallRecipient getRecipient() {
        return recipient;
    }
}
