package io.cureflow.account.internal;

import io.cureflow.account.ContactPointView;
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
import java.time.Instant;

/**
 * A phone number (E.164) or a lower-cased email address of a borrower. Numbers and addresses handed over by the
 * creditor count as consented; an opt-out is only ever set, never cleared by intake.
 */
@Entity
@Table(name = "contact_point")
public class ContactPoint {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_point_seq")
    @SequenceGenerator(name = "contact_point_seq", sequenceName = "contact_point_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "borrower_id")
    private Borrower borrower;

    @Enumerated(EnumType.STRING)
    private ContactPointView.Kind kind;

    @Column(name = "contact_value")
    private String value;

    private String lineType;
    private boolean consent;
    private boolean optedOut;
    private Instant createdAt;

    protected ContactPoint() {
    }

    private ContactPoint(Borrower borrower, ContactPointView.Kind kind, String value, String lineType, Instant now) {
        this.borrower = borrower;
        this.kind = kind;
        this.value = value;
        this.lineType = lineType;
        this.consent = true;
        this.createdAt = now;
    }

    static ContactPoint phone(Borrower borrower, PhoneData phone, Instant now) {
        return new ContactPoint(borrower, ContactPointView.Kind.PHONE, phone.e164(), phone.lineType().name(), now);
    }

    static ContactPoint email(Borrower borrower, String email, Instant now) {
        return new ContactPoint(borrower, ContactPointView.Kind.EMAIL, email, null, now);
    }

    void refreshLineType(String lineType) {
        if (kind == ContactPointView.Kind.PHONE) {
            this.lineType = lineType;
        }
    }

    public String value() {
        return value;
    }

    public String lineType() {
        return lineType;
    }

    public ContactPointView view() {
        return new ContactPointView(id, kind, value, lineType, consent, optedOut);
    }
}
