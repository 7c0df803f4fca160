package io.cureflow.account.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A debt owed to a creditor. Its external id is an account number: personal data, never logged. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    private Long id;

    @Column(name = "external_id", nullable = false, updatable = false)
    private String externalId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "borrower_id")
    private Borrower borrower;

    private String creditor;
    private String product;
    private BigDecimal balance;
    private BigDecimal amountPastDue;
    private String currency;
    private LocalDate dueDate;
    private LocalDate delinquentSince;

    @Version
    private long version;

    private Instant createdAt;
    private Instant updatedAt;

    protected Account() {
    }

    public Account(String externalId, Instant now) {
        this.externalId = externalId;
        this.createdAt = now;
    }

    public void update(Borrower owner, AccountData data, LocalDate today, Instant now) {
        borrower = owner;
        creditor = data.creditor();
        product = data.product();
        currency = data.currency();
        dueDate = data.dueDate();
        position(PastDuePosition.fromIntake(data.balance(), data.daysPastDue(), today));
        updatedAt = now;
    }

    public PastDuePosition position() {
        return new PastDuePosition(balance, amountPastDue, delinquentSince);
    }

    public void position(PastDuePosition position) {
        balance = position.balance();
        amountPastDue = position.amountPastDue();
        delinquentSince = position.delinquentSince();
    }

    public int daysPastDue(LocalDate today) {
        return position().daysPastDue(today);
    }

    public Long id() {
        return id;
    }

    public String externalId() {
        return externalId;
    }

    public Borrower borrower() {
        return borrower;
    }

    public String creditor() {
        return creditor;
    }

    public String product() {
        return product;
    }

    public BigDecimal balance() {
        return balance;
    }

    public BigDecimal amountPastDue() {
        return amountPastDue;
    }

    public String currency() {
        return currency;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public LocalDate delinquentSince() {
        return delinquentSince;
    }

    void touch(Instant now) {
        updatedAt = now;
    }
}
