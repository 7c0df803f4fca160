package io.cureflow.compliance.internal;

import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Makes the reads every evaluation needs (restrictions, ledger windows, the validation notice) before the rules run,
 * in one round trip on PostgreSQL: the driver sends several statements of one prepared statement together and reads
 * their results in turn. H2, the embedded default, runs them one after the other. The rules then find the rows in the
 * evaluation memo; a read the prefetch did not cover still goes to the database, so it only ever saves time.
 *
 * <p>Plain JDBC reads do not see what the transaction's JPA session holds unflushed (a notice marked sent, a restriction
 * recorded a moment ago in the same transaction), so the session is flushed first. The gate's own session holds
 * nothing (the case contact is read as a projection), so that flush costs nothing in the common case.
 */
@Component
class EvaluationPrefetcher {

    private final List<PrefetchedRead.Source> sources;
    private final JdbcTemplate jdbc;
    private final EntityManager session;
    private volatile Boolean together;

    EvaluationPrefetcher(List<PrefetchedRead.Source> sources, JdbcTemplate jdbc, EntityManager session) {
        this.sources = List.copyOf(sources);
        this.jdbc = jdbc;
        this.session = session;
    }

    /** Call inside an open {@link EvaluationMemo} and the evaluation's transaction. */
    void prefetch(ContactContext context) {
        List<PrefetchedRead> reads = sources.stream().flatMap(source -> source.reads(context).stream()).toList();
        if (reads.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            session.flush();
        }
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            if (reads.size() > 1 && together(connection)) {
                readTogether(connection, reads);
            } else {
                for (PrefetchedRead read : reads) {
                    readTogether(connection, List.of(read));
                }
            }
            return null;
        });
    }

    private boolean together(Connection connection) throws SQLException {
        Boolean known = together;
        if (known == null) {
            known = "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
            together = known;
        }
        return known;
    }

    private static void readTogether(Connection connection, List<PrefetchedRead> reads) throws SQLException {
        String sql = reads.stream().map(PrefetchedRead::sql).collect(Collectors.joining(";\n"));
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            for (PrefetchedRead read : reads) {
                for (Object parameter : read.parameters()) {
                    statement.setObject(index++, parameter);
                }
            }
            statement.execute();
            for (PrefetchedRead read : reads) {
                try (ResultSet rows = statement.getResultSet()) {
                    if (rows == null) {
                        throw new IllegalStateException("A prefetched read returned no rows: " + read.sql());
                    }
                    read.reader().read(rows);
                }
                statement.getMoreResults();
            }
        }
    }
}
