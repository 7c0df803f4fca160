package io.cureflow.account.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A person who owes one or more accounts. Personal data: never log its fields. */
@Entity
@Table(name = "borrower")
public class Borrower {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "borrower_seq")
    @SequenceGenerator(name = "borrower_seq", sequenceName = "borrower_seq", allocationSize = 50)
    private Long id;

    @Column(name = "external_id", nullable = false, updatable = false)
    private String externalId;

    private String firstName;
    private String lastName;
    private String language;
    private String addressLine1;
    private String city;
    private String state;
    private String zip;
    private String timeZone;
    private Instant createdAt;
    private Instant updatedAt;

    @OneToMany(mappedBy = "borrower", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ContactPoint> contactPoints = new ArrayList<>();

    protected Borrower() {
    }

    public Borrower(String externalId, Instant now) {
        this.externalId = externalId;
        this.createdAt = now;
    }

    public void update(BorrowerData data, Instant now) {
        firstName = data.firstName();
        lastName = data.lastName();
        language = data.language();
        addressLine1 = data.addressLine1();
        city = data.city();
        state = data.state();
        zip = data.zip();
        timeZone = data.timeZone();
        updatedAt = now;
        data.phones().forEach(phone -> addContactIfAbsent(ContactPoint.phone(this, phone, now)));
        if (data.email() != null) {
            addContactIfAbsent(ContactPoint.email(this, data.email(), now));
        }
    }

    /** Known contact points keep their consent and opt-out state: a re-import never clears an opt-out. */
    private void addContactIfAbsent(ContactPoint candidate) {
        Optional<ContactPoint> known = contactPoints.stream()
                .filter(point -> point.value().equals(candidate.value()))
                .findFirst();
        if (known.isPresent()) {
            known.get().refreshLineType(candidate.lineType());
        } else {
            contactPoints.add(candidate);
        }
    }

    public Long id() {
        return id;
    }

    public String externalId() {
        return externalId;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public String language() {
        return language;
    }

    public String addressLine1() {
        return addressLine1;
    }

    public String city() {
        return city;
    }

    public String state() {
        return state;
    }

    public String zip() {
        return zip;
    }

    public String timeZone() {
        return timeZone;
    }

    public List<ContactPoint> contactPoints() {
        return contactPoints;
    }
}
