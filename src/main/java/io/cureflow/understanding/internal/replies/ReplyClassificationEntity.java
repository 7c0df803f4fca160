package io.cureflow.understanding.internal.replies;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Codes and lists are kept as text so that the table reads plainly in an audit; {@link StoredForm} converts. */
@Entity
@Table(name = "reply_classification")
class ReplyClassificationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long messageId;
    private long caseId;
    private String intent;
    private String hardshipCategory;
    private double confidence;
    private LocalDate promiseDate;
    private BigDecimal promiseAmount;
    private String evidence;
    private String alsoDetected;
    private String language;
    private boolean needsReview;
    private String classifier;
    private Instant classifiedAt;
    @Column(name = "action")
    private String actions;

    protected ReplyClassificationEntity() {
    }

    ReplyClassificationEntity(long messageId, long caseId, String intent, String hardshipCategory, double confidence,
                              LocalDate promiseDate, BigDecimal promiseAmount, String evidence, String alsoDetected,
                              String language, boolean needsReview, String classifier, Instant classifiedAt,
                              String actions) {
        this.messageId = messageId;
        this.caseId = caseId;
        this.intent = intent;
        this.hardshipCategory = hardshipCategory;
        this.confidence = confidence;
        this.promiseDate = promiseDate;
        this.promiseAmount = promiseAmount;
        this.evidence = evidence;
        this.alsoDetected = alsoDetected;
        this.language = language;
        this.needsReview = needsReview;
        this.classifier = classifier;
        this.classifiedAt = classifiedAt;
        this.actions = actions;
    }

    long getMessageId() {
        return messageId;
    }

    long getCaseId() {
        return caseId;
    }

    String getIntent() {
        return intent;
    }

    String getHardshipCategory() {
        return hardshipCategory;
    }

    double getConfidence() {
        return confidence;
    }

    LocalDate getPromiseDate() {
        return promiseDate;
    }

    BigDecimal getPromiseAmount() {
        return promiseAmount;
    }

    String getEvidence() {
        return evidence;
    }

    String getAlsoDetected() {
        return alsoDetected;
    }

    String getLanguage() {
        return language;
    }

    boolean isNeedsReview() {
        return needsReview;
    }

    String getClassifier() {
        return classifier;
    }

    Instant getClassifiedAt() {
        return classifiedAt;
    }

    String getActions() {
        return actions;
    }
}
