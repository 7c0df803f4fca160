package io.cureflow.compliance.internal.caps;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactDirection;
import io.cureflow.compliance.internal.ContactContext;
import io.cureflow.compliance.internal.EvaluationMemo;
import io.cureflow.compliance.internal.PrefetchedRead;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static io.cureflow.compliance.internal.SqlInstants.instant;
import static io.cureflow.compliance.internal.SqlInstants.utc;

/**
 * Reads the window straight from {@code contact_attempt}: the range predicates use the (borrower_id, attempted_at) and
 * (account_id, attempted_at) indexes, and only the window's rows leave the database.
 */
@Component
public class JdbcLedgerWindow implements LedgerWindow, PrefetchedRead.Source {

    private static final String COLUMNS = "select attempted_at, channel, account_id, contact_point, outcome"
            + " from contact_attempt";
    private static final String FILTER = " and attempted_at >= :from and attempted_at < :to"
            + " and direction = :direction and outcome not in (:notAttempted) order by attempted_at, id";

    private static final String BY_BORROWER = COLUMNS + " where borrower_id = :owner" + FILTER;
    private static final String BY_ACCOUNT = COLUMNS + " where account_id = :owner" + FILTER;
    /** The caps and state packs count at most 7 local days back, and the local day may start up to a day off UTC. */
    private static final Duration PREFETCH_BEFORE = Duration.ofDays(9);
    /** The evaluator's later rounds ask up to {@link EvaluationMemo#LOOKAHEAD} ahead of the day's end. */
    private static final Duration PREFETCH_AFTER = Duration.ofDays(2).plus(EvaluationMemo.LOOKAHEAD);

    private static final RowMapper<OutboundAttempt> ROW = (rs, rowNum) -> new OutboundAttempt(
            instant(rs, "attempted_at"),
            Channel.valueOf(rs.getString("channel")),
            rs.getObject("account_id", Long.class),
            rs.getString("contact_point"),
            rs.getString("outcome"));

    private final JdbcClient jdbc;

    public JdbcLedgerWindow(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<OutboundAttempt> ofBorrower(long borrowerId, Instant from, Instant to) {
        return query(BY_BORROWER, borrowerId, from, to);
    }

    @Override
    public List<OutboundAttempt> ofAccount(long accountId, Instant from, Instant to) {
        return query(BY_ACCOUNT, accountId, from, to);
    }

    /**
     * RF-08 and the state packs read one person's window ending at the same instant, from starts that may differ, and
     * again at the later instants a blocked contact is tried at: one read of the widest range answers them all.
     */
    private List<OutboundAttempt> query(String sql, long owner, Instant from, Instant to) {
        return EvaluationMemo.window(new WindowRead(sql, owner), from, to, OutboundAttempt::at,
                (rangeFrom, rangeTo) -> read(sql, owner, rangeFrom, rangeTo));
    }

    private record WindowRead(String sql, long owner) {
    }

    /** The borrower's window, which RF-08 and the state packs read in every evaluation. */
    @Override
    public List<PrefetchedRead> reads(ContactContext context) {
        long borrowerId = context.contact().borrowerId();
        Instant from = context.at().minus(PREFETCH_BEFORE);
        Instant to = context.at().plus(PREFETCH_AFTER);
        List<Object> parameters = new ArrayList<>(List.of(borrowerId, utc(from), utc(to),
                ContactDirection.OUTBOUND.name()));
        parameters.addAll(LedgerOutcomes.NOT_ATTEMPTED);
        String sql = BY_BORROWER.replace(":owner", "?").replace(":from", "?").replace(":to", "?")
                .replace(":direction", "?")
                .replace(":notAttempted", String.join(", ", Collections.nCopies(LedgerOutcomes.NOT_ATTEMPTED.size(),
                        "?")));
        return List.of(new PrefetchedRead(sql, parameters, rows -> {
            List<OutboundAttempt> window = new ArrayList<>();
            while (rows.next()) {
                window.add(ROW.mapRow(rows, window.size()));
            }
            EvaluationMemo.primeWindow(new WindowRead(BY_BORROWER, borrowerId), from, to, window);
        }));
    }

    private List<OutboundAttempt> read(String sql, long owner, Instant from, Instant to) {
        return jdbc.sql(sql)
                .param("owner", owner)
                .param("from", utc(from))
                .param("to", utc(to))
                .param("direction", ContactDirection.OUTBOUND.name())
                .param("notAttempted", List.copyOf(LedgerOutcomes.NOT_ATTEMPTED))
                .query(ROW)
                .list();
    }
}
