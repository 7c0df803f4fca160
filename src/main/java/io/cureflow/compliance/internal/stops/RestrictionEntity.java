package io.cureflow.compliance.internal.stops;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactRestriction;
import io.cureflow.compliance.RestrictionKind;
import io.cureflow.compliance.RestrictionSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

@Entity
@Table(name = "contact_restriction")
class RestrictionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private RestrictionKind kind;

    private long borrowerId;
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Channel channel;

    private String contactPoint;
    private LocalTime localFrom;
    private LocalTime localUntil;
    private String daysOfWeek;
    private Instant activeUntil;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private RestrictionSource source;

    private String recordedBy;

    @Column(nullable = false)
    private Instant recordedAt;

    private String note;
    private Instant liftedAt;
    private String liftedBy;
    private String liftReason;

    protected RestrictionEntity() {
    }

    RestrictionEntity(RestrictionKind kind, long borrowerId, Long accountId, Channel channel, String contactPoint,
                      LocalTime localFrom, LocalTime localUntil, Set<DayOfWeek> daysOfWeek, Instant activeUntil,
                      RestrictionSource source, String recordedBy, Instant recordedAt, String note) {
        this.kind = kind;
        this.borrowerId = borrowerId;
        this.accountId = accountId;
        this.channel = channel;
        this.contactPoint = contactPoint;
        this.localFrom = localFrom;
        this.localUntil = localUntil;
        this.daysOfWeek = daysOfWeek.isEmpty() ? null
                : daysOfWeek.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
        this.activeUntil = activeUntil;
        this.source = source;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.note = note;
    }

    void lift(String reason, String by, Instant at) {
        this.liftReason = reason;
        this.liftedBy = by;
        this.liftedAt = at;
    }

    boolean lifted() {
        return liftedAt != null;
    }

    RestrictionKind kind() {
        return kind;
    }

    ContactRestriction view() {
        return new ContactRestriction(id, kind, borrowerId, accountId, channel, contactPoint, localFrom, localUntil,
                days(daysOfWeek), activeUntil, source, recordedBy, recordedAt, note, liftedAt, liftedBy, liftReason);
    }

    /** The stored comma-separated ISO day names; none stored means every day. */
    static Set<DayOfWeek> days(String daysOfWeek) {
        if (daysOfWeek == null || daysOfWeek.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(daysOfWeek.split(",")).map(DayOfWeek::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }
}
