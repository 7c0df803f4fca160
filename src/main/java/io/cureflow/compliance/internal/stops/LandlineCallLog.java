package io.cureflow.compliance.internal.stops;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Outbound calls and voicemails to one number in the contact ledger, blocked proposals and missing numbers left out.
 * Read with SQL because the ledger's entity belongs to the compliance core; the query rides its (contact_point,
 * attempted_at) index.
 */
@Component
class LandlineCallLog {

    private final JdbcClient jdbc;

    LandlineCallLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Instants of the calls placed from {@code from} (inclusive) to {@code to} (inclusive), oldest first. */
    List<Instant> callsTo(String number, Instant from, Instant to) {
        return jdbc.sql("""
                        select attempted_at from contact_attempt
                        where contact_point = :number and attempted_at >= :from and attempted_at <= :to
                          and direction = 'OUTBOUND' and channel in ('CALL', 'VOICEMAIL')
                          and outcome not in ('BLOCKED', 'NO_CONTACT_POINT')
                        order by attempted_at""")
                .param("number", number)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((row, index) -> row.getTimestamp(1).toInstant())
                .list();
    }
}
