package io.cureflow.compliance.internal.caps;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactDirection;
import io.cureflow.compliance.internal.EvaluationMemo;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Reads the window straight from {@code contact_attempt}: the range predicates use the (borrower_id, attempted_at) and
 * (account_id, attempted_at) indexes, and only the window's rows leave the database.
 */
@Component
public class JdbcLedgerWindow implements LedgerWindow {

    private static final String COLUMNS = "select attempted_at, channel, account_id, contact_point, outcome"
            + " from contact_attempt";
    private static final String FILTER = " and attempted_at >= :from and attempted_at < :to"
            + " and direction = :direction and outcome not in (:notAttempted) order by attempted_at, id";

    private static final RowMapper<OutboundAttempt> ROW = (rs, rowNum) -> new OutboundAttempt(
            rs.getObject("attempted_at", OffsetDateTime.class).toInstant(),
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
        return query(COLUMNS + " where borrower_id = :owner" + FILTER, borrowerId, from, to);
    }

    @Override
    public List<OutboundAttempt> ofAccount(long accountId, Instant from, Instant to) {
        return query(COLUMNS + " where account_id = :owner" + FILTER, accountId, from, to);
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

    private List<OutboundAttempt> read(String sql, long owner, Instant from, Instant to) {
        return jdbc.sql(sql)
                .param("owner", owner)
                .param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
                .param("direction", ContactDirection.OUTBOUND.name())
                .param("notAttempted", List.copyOf(LedgerOutcomes.NOT_ATTEMPTED))
                .query(ROW)
                .list();
    }
}
