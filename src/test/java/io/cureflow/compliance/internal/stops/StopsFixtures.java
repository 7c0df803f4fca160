package io.cureflow.compliance.internal.stops;

import io.cureflow.account.CaseContact;
import io.cureflow.account.ContactPointView;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactProposal;
import io.cureflow.compliance.ContactProposal.Initiator;
import io.cureflow.compliance.ContactRestriction;
import io.cureflow.compliance.RestrictionKind;
import io.cureflow.compliance.RestrictionSource;
import io.cureflow.compliance.internal.ConsumerLocation;
import io.cureflow.compliance.internal.ContactContext;
import io.cureflow.compliance.internal.InMemoryLedger;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** A borrower with a mobile, a landline and an email, restrictions in memory, and proposals to evaluate. */
final class StopsFixtures {

    static final long CASE_ID = 7L;
    static final long ACCOUNT_ID = 70L;
    static final long OTHER_ACCOUNT_ID = 71L;
    static final long BORROWER_ID = 700L;
    static final String MOBILE = "+13125550123";
    static final String SECOND_MOBILE = "+13125550177";
    static final String LANDLINE = "+13125550199";
    static final String EMAIL = "pat@example.com";
    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    static final Instant RECORDED = Instant.parse("2026-01-05T15:00:00Z");

    /** No contact the consumer started is on record, so no proposal answers one. */
    static final ConsumerInitiatedResponses NO_RESPONSES = new ConsumerInitiatedResponses(id -> Optional.empty(),
            new InMemoryLedger());

    private static final AtomicLong IDS = new AtomicLong(100);

    private StopsFixtures() {
    }

    static ContactPointView mobile(String number) {
        return new ContactPointView(1, ContactPointView.Kind.PHONE, number, "MOBILE", true, false);
    }

    static ContactPointView landline(String number) {
        return new ContactPointView(2, ContactPointView.Kind.PHONE, number, "LANDLINE", true, false);
    }

    static ContactPointView email(String address) {
        return new ContactPointView(3, ContactPointView.Kind.EMAIL, address, null, true, false);
    }

    static CaseContact borrower(ContactPointView... points) {
        return borrower(ACCOUNT_ID, points);
    }

    static CaseContact borrower(long accountId, ContactPointView... points) {
        List<ContactPointView> all = points.length == 0
                ? List.of(mobile(MOBILE), landline(LANDLINE), email(EMAIL)) : List.of(points);
        return new CaseContact(CASE_ID, accountId, "ACC-" + accountId, BORROWER_ID, "Pat", "Doe", "en", "IL",
                "60601", null, all, "Acme Bank", "CARD", new BigDecimal("1200.00"), new BigDecimal("150.00"),
                "USD", 35);
    }

    static ContactContext context(CaseContact contact, Channel channel, String point, Instant at,
                                  Initiator initiator, ZoneId... zones) {
        List<ZoneId> candidates = zones.length == 0 ? List.of(CHICAGO) : List.of(zones);
        return new ContactContext(new ContactProposal(CASE_ID, channel, point, at, initiator), contact,
                new ConsumerLocation(null, candidates, List.of(), candidates, false), at);
    }

    static ContactContext automated(Channel channel, String point, Instant at, ZoneId... zones) {
        return context(borrower(), channel, point, at, Initiator.AUTOMATED, zones);
    }

    static ContactContext byAgent(Channel channel, String point, Instant at, ZoneId... zones) {
        return context(borrower(), channel, point, at, Initiator.AGENT, zones);
    }

    static Builder restriction(RestrictionKind kind) {
        return new Builder(kind);
    }

    /** Restrictions held in memory, as the store would return the active ones. */
    static final class Store extends ActiveRestrictions {

        private final List<ContactRestriction> restrictions = new ArrayList<>();

        Store() {
            super(null);
        }

        Store with(ContactRestriction restriction) {
            restrictions.add(restriction);
            return this;
        }

        @Override
        List<ContactRestriction> ofBorrower(long borrowerId) {
            return restrictions.stream().filter(restriction -> restriction.borrowerId() == borrowerId)
                    .filter(restriction -> !restriction.lifted()).toList();
        }
    }

    static final class Builder {

        private final RestrictionKind kind;
        private Long accountId = ACCOUNT_ID;
        private Channel channel;
        private String contactPoint;
        private LocalTime from;
        private LocalTime until;
        private Set<DayOfWeek> days = Set.of();
        private Instant activeUntil;
        private Instant liftedAt;

        private Builder(RestrictionKind kind) {
            this.kind = kind;
            if (kind.everyDebt()) {
                accountId = null;
            }
        }

        Builder account(Long accountId) {
            this.accountId = accountId;
            return this;
        }

        Builder everyDebt() {
            this.accountId = null;
            return this;
        }

        Builder channel(Channel channel) {
            this.channel = channel;
            return this;
        }

        Builder point(String contactPoint) {
            this.contactPoint = contactPoint;
            return this;
        }

        Builder between(String from, String until) {
            this.from = from == null ? null : LocalTime.parse(from);
            this.until = until == null ? null : LocalTime.parse(until);
            return this;
        }

        Builder on(DayOfWeek... days) {
            this.days = Set.of(days);
            return this;
        }

        Builder until(Instant activeUntil) {
            this.activeUntil = activeUntil;
            return this;
        }

        Builder lifted() {
            this.liftedAt = RECORDED.plusSeconds(60);
            return this;
        }

        ContactRestriction build() {
            return new ContactRestriction(IDS.incrementAndGet(), kind, BORROWER_ID, accountId, channel, contactPoint,
                    from, until, days, activeUntil, RestrictionSource.AGENT, "agent", RECORDED, null, liftedAt,
                    liftedAt == null ? null : "manager", liftedAt == null ? null : "reason");
        }
    }
}
