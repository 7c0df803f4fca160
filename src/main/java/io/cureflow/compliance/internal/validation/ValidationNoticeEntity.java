package io.cureflow.compliance.internal.validation;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.NoticeMedium;
import io.cureflow.compliance.ValidationNoticeStatus;
import io.cureflow.compliance.ValidationPeriod;
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
import java.time.LocalDate;

/** One case's validation notice: the initial communication that started the clock and the notice sent, if any. */
@Entity
@Table(name = "validation_notice")
class ValidationNoticeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long caseId;
    private Instant initialCommunicationAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Channel initialChannel;

    private LocalDate noticeDueOn;
    private Instant noticeDueAt;
    private Instant noticeSentAt;
    private LocalDate noticeSentOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private NoticeMedium noticeMedium;

    private LocalDate assumedReceiptOn;
    private LocalDate validationPeriodEndsOn;
    private int noticesSent;

    protected ValidationNoticeEntity() {
    }

    ValidationNoticeEntity(long caseId, Instant at, Channel channel, LocalDate dueOn, Instant dueAt) {
        this.caseId = caseId;
        this.initialCommunicationAt = at;
        this.initialChannel = channel;
        this.noticeDueOn = dueOn;
        this.noticeDueAt = dueAt;
    }

    /** A later notice replaces the period of an earlier one (comment 34(b)(5)-2). */
    void noticeSent(NoticeMedium medium, Instant sentAt, ValidationPeriod period) {
        this.noticeMedium = medium;
        this.noticeSentAt = sentAt;
        this.noticeSentOn = period.sentOn();
        this.assumedReceiptOn = period.assumedReceiptOn();
        this.validationPeriodEndsOn = period.endsOn();
        this.noticesSent++;
    }

    ValidationNoticeStatus toStatus() {
        ValidationPeriod period = noticeSentAt == null ? null
                : new ValidationPeriod(noticeSentOn, assumedReceiptOn, validationPeriodEndsOn);
        return new ValidationNoticeStatus(caseId, initialCommunicationAt, initialChannel, noticeDueOn, noticeDueAt,
                noticeSentAt, noticeMedium, period);
    }

    int getNoticesSent() {
        return noticesSent;
    }
}
