package io.cureflow.compliance.internal.frequency;

import io.cureflow.compliance.internal.EvaluationMemo;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the windows through {@code ix_contact_attempt_debt_window}, {@code ix_call_consent_debt} and
 * {@code ix_contact_attempt_contact_point}; no query reaches beyond a few days of one debt or one number.
 */
@Repository
class JdbcCallHistory implements CallHistory {

    static final String DEBT_CALLS = """
            select d.attempted_at, d.counts_as_call, d.conversation
              from contact_attempt_debt d
             where d.borrower_id = ? and d.account_id = ? and d.attempted_at >= ? and d.attempted_at < ?
               and (d.counts_as_call or d.conversation)
               and not exists (select 1 from contact_attempt a
                                 join misdirected_number m on m.contact_point = a.contact_point
                                where a.id = d.attempt_id and m.borrower_id = d.borrower_id)
             order by d.attempted_at""";

    private static final String CONSENTS = """
            select received_at, days, revoked_at from call_consent
             where borrower_id = ? and account_id = ? and received_at >= ? and received_at < ?""";

    private static final String PLACED = """
            select attempted_at from contact_attempt
             where contact_point = ? and attempted_at >= ? and attempted_at < ?
               and direction = 'OUTBOUND' and channel in ('CALL', 'VOICEMAIL')
               and outcome not in ('BLOCKED', 'NO_CONTACT_POINT', 'FAILED', 'RECEIVED')""";

    private final JdbcTemplate jdbc;
    private final FrequencyProperties properties;

    JdbcCallHistory(JdbcTemplate jdbc, FrequencyProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /**
     * RF-01 and RF-02 ask for the same debt at the same instant, and again at the later instants a blocked call is
     * tried at: the first read answers them all.
     */
    @Override
    public DebtHistory debt(long borrowerId, long accountId, Instant at) {
        Instant to = DebtHistory.to(at);
        // A consent counts calls out from its receipt; one received before the calls' window still covers some of them.
        Instant consentsFrom = at.minus(Duration.ofDays(properties.windowDays() + properties.consentMaxDays() + 2L));
        List<CallConsent> consents = EvaluationMemo.window(new ConsentsRead(borrowerId, accountId), consentsFrom, to,
                CallConsent::receivedAt, (from, until) -> jdbc.query(CONSENTS, (rs, row) -> new CallConsent(
                        instant(rs, "received_at"), rs.getInt("days"), instant(rs, "revoked_at")),
                        borrowerId, accountId, utc(from), utc(until)));
        // The conversation that ended a consent may lie before the calls' window: read from the oldest consent on.
        Instant callsFrom = consents.stream().map(CallConsent::receivedAt).min(Comparator.naturalOrder())
                .filter(oldest -> oldest.isBefore(DebtHistory.from(at, properties)))
                .orElse(DebtHistory.from(at, properties));
        List<DebtCall> calls = EvaluationMemo.window(new CallsRead(borrowerId, accountId), callsFrom, to, DebtCall::at,
                (from, until) -> jdbc.query(DEBT_CALLS, (rs, row) -> new DebtCall(instant(rs, "attempted_at"),
                        rs.getBoolean("counts_as_call"), rs.getBoolean("conversation")), borrowerId, accountId,
                        utc(from), utc(until)));
        return new DebtHistory(calls, consents);
    }

    @Override
    public List<Instant> placedCalls(String contactPoint, Instant from, Instant to) {
        return EvaluationMemo.window(new PlacedRead(contactPoint), from, to, Function.identity(),
                (rangeFrom, rangeTo) -> jdbc.query(PLACED, (rs, row) -> instant(rs, "attempted_at"), contactPoint,
                        utc(rangeFrom), utc(rangeTo)));
    }

    private record ConsentsRead(long borrowerId, long accountId) {
    }

    private record CallsRead(long borrowerId, long accountId) {
    }

    private record PlacedRead(String contactPoint) {
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
