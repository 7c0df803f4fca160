package io.cureflow.account.internal;

import io.cureflow.account.CaseOutcome;
import io.cureflow.account.CaseStatus;
import io.cureflow.account.DelinquencyStage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One delinquency episode of an account, from the day it was found past due until it is cured or closed. */
@Entity
@Table(name = "collection_case")
public class CollectionCase {

    private static final int REASON_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "collection_case_seq")
    @SequenceGenerator(name = "collection_case_seq", sequenceName = "collection_case_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    /** Same as the account id while the case is not closed; its unique constraint keeps one open case per account. */
    @Column(name = "open_account_id")
    private Long openAccountId;

    @Enumerated(EnumType.STRING)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    private DelinquencyStage stage;

    @Enumerated(EnumType.STRING)
    private CaseOutcome outcome;

    private String handoffReason;
    private Instant openedAt;
    private Instant closedAt;

    @Version
    private long version;

    protected CollectionCase() {
    }

    public CollectionCase(Account account, DelinquencyStage stage, Instant now) {
        this.account = account;
        this.openAccountId = account.id();
        this.status = CaseStatus.OPEN;
        this.stage = stage;
        this.openedAt = now;
    }

    void moveTo(DelinquencyStage stage) {
        this.stage = stage;
    }

    void handToAgent(String reason) {
        requireNotClosed();
        status = CaseStatus.WITH_AGENT;
        handoffReason = reason == null || reason.length() <= REASON_LENGTH ? reason : reason.substring(0, REASON_LENGTH);
    }

    void resumeAutomation() {
        requireNotClosed();
        status = CaseStatus.OPEN;
        handoffReason = null;
    }

    void close(CaseOutcome outcome, Instant now) {
        if (status == CaseStatus.CLOSED) {
            return;
        }
        this.status = CaseStatus.CLOSED;
        this.outcome = outcome;
        this.closedAt = now;
        this.openAccountId = null;
    }

    private void requireNotClosed() {
        if (status == CaseStatus.CLOSED) {
            throw new IllegalStateException("Case " + id + " is closed");
        }
    }

    public Long id() {
        return id;
    }

    public Account account() {
        return account;
    }

    public CaseStatus status() {
        return status;
    }

    public DelinquencyStage stage() {
        return stage;
    }

    public CaseOutcome outcome() {
        return outcome;
    }

    public String handoffReason() {
        return handoffReason;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
