package io.cureflow.outreach.internal;

import io.cureflow.compliance.Channel;
import io.cureflow.outreach.OutreachMessage;
import io.cureflow.outreach.OutreachMessage.Direction;
import io.cureflow.outreach.OutreachMessage.Status;
import io.cureflow.outreach.internal.compose.Provenance;
import io.cureflow.outreach.internal.compose.TemplateMessageWriter;
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
@Table(name = "outreach_message")
class MessageEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long caseId;
    private long borrowerId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Direction direction;

    private String address;
    private String subject;
    private String body;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Status status;

    private String templateKey;
    private Instant createdAt;
    private Instant sentAt;
    private Instant deliveredAt;
    private String providerReference;
    private String composer;
    private String templateVariant;
    private String model;
    private String promptVersion;

    protected MessageEntity() {
    }

    private MessageEntity(long caseId, long borrowerId, Channel channel, Direction direction, String address,
                          String subject, String body, Status status, String templateKey, Instant createdAt) {
        this.caseId = caseId;
        this.borrowerId = borrowerId;
        this.channel = channel;
        this.direction = direction;
        this.address = address;
        this.subject = subject;
        this.body = body;
        this.status = status;
        this.templateKey = templateKey;
        this.createdAt = createdAt;
    }

    /** A message written from a bundle key, which is also its template variant. */
    static MessageEntity composed(long caseId, long borrowerId, Channel channel, String address,
                                  ComposedText text, Instant at) {
        return composed(caseId, borrowerId, channel, address, text,
                new Provenance(TemplateMessageWriter.COMPOSER, text.templateKey(), null, null), at);
    }

    static MessageEntity composed(long caseId, long borrowerId, Channel channel, String address,
                                  ComposedText text, Provenance provenance, Instant at) {
        MessageEntity message = new MessageEntity(caseId, borrowerId, channel, Direction.OUTBOUND, address,
                text.subject(), text.body(), Status.COMPOSED, text.templateKey(), at);
        message.composer = provenance.composer();
        message.templateVariant = provenance.templateVariant();
        message.model = provenance.model();
        message.promptVersion = provenance.promptVersion();
        return message;
    }

    static MessageEntity received(long caseId, long borrowerId, Channel channel, String address, String body,
                                  Instant at) {
        return new MessageEntity(caseId, borrowerId, channel, Direction.INBOUND, address, null, body,
                Status.RECEIVED, null, at);
    }

    boolean awaitsSending() {
        return direction == Direction.OUTBOUND && (status == Status.COMPOSED || status == Status.FAILED);
    }

    void markSent(String providerReference, Instant at) {
        this.status = Status.SENT;
        this.providerReference = providerReference;
        this.sentAt = at;
    }

    void markDelivered(Instant at) {
        this.status = Status.DELIVERED;
        this.deliveredAt = at;
    }

    void markFailed() {
        this.status = Status.FAILED;
    }

    void markBlocked() {
        this.status = Status.BLOCKED;
    }

    OutreachMessage toMessage() {
        return new OutreachMessage(id, caseId, channel, direction, address, body, status, createdAt, sentAt);
    }

    Long getId() {
        return id;
    }

    long getCaseId() {
        return caseId;
    }

    long getBorrowerId() {
        return borrowerId;
    }

    Channel getChannel() {
        return channel;
    }

    Direction getDirection() {
        return direction;
    }

    String getAddress() {
        return address;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    Status getStatus() {
        return status;
    }

    String getTemplateKey() {
        return templateKey;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getSentAt() {
        return sentAt;
    }

    Instant getDeliveredAt() {
        return deliveredAt;
    }

    String getProviderReference() {
        return providerReference;
    }

    /** Null for inbound messages and for messages stored before provenance was kept. */
    Provenance getProvenance() {
        return composer == null ? null : new Provenance(composer, templateVariant, model, promptVersion);
    }
}
