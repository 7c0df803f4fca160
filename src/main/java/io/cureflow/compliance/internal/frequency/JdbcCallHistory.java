package io.cureflow.compliance.internal.frequency;

import io.cureflow.compliance.internal.ContactContext;
import io.cureflow.compliance.internal.EvaluationMemo;
import io.cureflow.compliance.internal.PrefetchedRead;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import static io.cureflow.compliance.internal.SqlInstants.instant;
import static io.cureflow.compliance.internal.SqlInstants.utc;

/**
 * Reads the windows through {@code ix_contact_attempt_debt_window}, {@code ix_call_consent_debt} and
 * {@code ix_contact_attempt_contact_point}; no query reaches beyond a few days of one debt or one number.
 */
@Repository
class JdbcCallHistory implements CallHistory, PrefetchedRead.Source {

    /** The debt's consents and counted calls in one round trip; consents carry {@code days}, calls do not. */
    private static final String DEBT_WINDOW = """
            select c.received_at as at, c.days, c.revoked_at, false as counts_as_call, false as conversation
              from call_consent c
             where c.borrower_id = ? and c.account_id = ? and c.received_at >= ? and c.received_at < ?
            union all
            select d.attempted_at, null, null, d.counts_as_call, d.conversation
              from contact_attempt_debt d
             where d.borrower_id = ? and d.account_id = ? and d.attempted_at >= ? and d.attempted_at < ?
               and (d.counts_as_call or d.conversation)
               and not exists (select 1 from contact_attempt a
                                 join misdirected_number m on m.contact_point = a.contact_point
                                where a.id = d.attempt_id and m.borrower_id = d.borrower_id)
             order by 1""";

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

    @Override
    public DebtHistory debt(long borrowerId, long accountId, Instant at) {
        Instant to = DebtHistory.to(at);
        Instant callsFrom = DebtHistory.from(at, properties);
        Instant consentsFrom = consentsFrom(at);
        List<DebtRow> rows = EvaluationMemo.window(new DebtRead(borrowerId, accountId), readFrom(at), to, DebtRow::at,
                (from, until) -> jdbc.query(DEBT_WINDOW, JdbcCallHistory::debtRow,
                        debtParameters(borrowerId, accountId, from, until).toArray()));
        List<CallConsent> consents = rows.stream().map(DebtRow::consent).filter(Objects::nonNull)
                .filter(consent -> !consent.receivedAt().isBefore(consentsFrom)).toList();
        // The conversation that ended a consent may lie before the calls' window: count from the oldest consent on.
        Instant countFrom = consents.stream().map(CallConsent::receivedAt).min(Comparator.naturalOrder())
                .filter(oldest -> oldest.isBefore(callsFrom)).orElse(callsFrom);
        List<DebtCall> calls = rows.stream().map(DebtRow::call).filter(Objects::nonNull)
                .filter(call -> !call.at().isBefore(countFrom)).toList();
        return new DebtHistory(calls, consents);
    }

    /** A consent counts calls out from its receipt; one received before the calls' window still covers some of them. */
    private Instant consentsFrom(Instant at) {
        return at.minus(Duration.ofDays(properties.windowDays() + properties.consentMaxDays() + 2L));
    }

    private Instant readFrom(Instant at) {
        Instant consentsFrom = consentsFrom(at);
        Instant callsFrom = DebtHistory.from(at, properties);
        return consentsFrom.isBefore(callsFrom) ? consentsFrom : callsFrom;
    }

    private static List<Object> debtParameters(long borrowerId, long accountId, Instant from, Instant until) {
        return List.of(borrowerId, accountId, utc(from), utc(until), borrowerId, accountId, utc(from), utc(until));
    }

    /**
     * RF-01 and RF-02 read the debt's window and RF-07 the number's calls in every evaluation of a call: the same ranges
     * as their first reads, with the lookahead the evaluator's later rounds use.
     */
    @Override
    public List<PrefetchedRead> reads(ContactContext context) {
        if (!CallCounting.isCall(context.proposal().channel())) {
            return List.of();
        }
        Instant at = context.at();
        long borrowerId = context.contact().borrowerId();
        long accountId = context.contact().accountId();
        Instant debtFrom = readFrom(at);
        Instant debtTo = DebtHistory.to(at).plus(EvaluationMemo.LOOKAHEAD);
        List<PrefetchedRead> reads = new ArrayList<>();
        reads.add(new PrefetchedRead(DEBT_WINDOW, debtParameters(borrowerId, accountId, debtFrom, debtTo),
                rows -> EvaluationMemo.primeWindow(new DebtRead(borrowerId, accountId), debtFrom, debtTo,
                        all(rows, JdbcCallHistory::debtRow))));
        String number = context.proposal().contactPoint();
        if (number != null) {
            Duration reach = Duration.ofDays(1).plus(properties.minSpacing());
            Instant placedFrom = at.minus(reach);
            Instant placedTo = at.plus(reach).plus(EvaluationMemo.LOOKAHEAD);
            reads.add(new PrefetchedRead(PLACED, List.of(number, utc(placedFrom), utc(placedTo)),
                    rows -> EvaluationMemo.primeWindow(new PlacedRead(number), placedFrom, placedTo,
                            all(rows, (rs, row) -> instant(rs, "attempted_at")))));
        }
        return reads;
    }

    private static <T> List<T> all(ResultSet rows, RowMapper<T> mapper) throws SQLException {
        List<T> mapped = new ArrayList<>();
        while (rows.next()) {
            mapped.add(mapper.mapRow(rows, mapped.size()));
        }
        return mapped;
    }

    private static DebtRow debtRow(ResultSet rs, int row) throws SQLException {
        Instant at = instant(rs, "at");
        int days = rs.getInt("days");
        if (!rs.wasNull()) {
            return new DebtRow(at, new CallConsent(at, days, instant(rs, "revoked_at")), null);
        }
        return new DebtRow(at, null, new DebtCall(at, rs.getBoolean("counts_as_call"), rs.getBoolean("conversation")));
    }

    /** One row of the debt's window: a consent or a call. */
    private record DebtRow(Instant at, CallConsent consent, DebtCall call) {
    }

    @Override
    public List<Instant> placedCalls(String contactPoint, Instant from, Instant to) {
        return EvaluationMemo.window(new PlacedRead(contactPoint), from, to, Function.identity(),
                (rangeFrom, rangeTo) -> jdbc.query(PLACED, (rs, row) -> instant(rs, "attempted_at"), contactPoint,
                        utc(rangeFrom), utc(rangeTo)));
    }

    /**
     * RF-01 and RF-02 ask for the same debt at the same instant, and again at the later instants a blocked call is
     * tried at: the first read answers them all.
     */
    private record DebtRead(long borrowerId, long accountId) {
    }

    private record PlacedRead(String contactPoint) {
    }
}
