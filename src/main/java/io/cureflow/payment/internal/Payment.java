package io.cureflow.payment.internal;

import io.cureflow.payment.PaymentView;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A payment as posted, with the days past due the account was left at. */
@Entity
@Table(name = "payment")
class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
    @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 50)
    private Long id;

    private String externalReference;
    private long accountId;
    private String accountExternalId;
    private Long caseId;
    private BigDecimal amount;
    private String currency;
    private Instant paidAt;
    private int daysPastDueAfter;
    private Instant postedAt;

    protected Payment() {
    }

    Payment(PaymentCommand command, long accountId, Long caseId, int daysPastDueAfter, Instant postedAt) {
        this.externalReference = command.externalReference();
        this.accountId = accountId;
        this.accountExternalId = command.accountExternalId();
        this.caseId = caseId;
        this.amount = command.amount();
        this.currency = command.currency();
        this.paidAt = command.paidAt();
        this.daysPastDueAfter = daysPastDueAfter;
        this.postedAt = postedAt;
    }

    /** True when the command repeats this payment rather than reusing its reference for another one. */
    boolean sameAs(PaymentCommand command) {
        return accountExternalId.equals(command.accountExternalId()) && amount.compareTo(command.amount()) == 0;
    }

    Long id() {
        return id;
    }

    PaymentView view() {
        return new PaymentView(id, externalReference, accountId, caseId, amount, currency, paidAt, daysPastDueAfter);
    }
}
