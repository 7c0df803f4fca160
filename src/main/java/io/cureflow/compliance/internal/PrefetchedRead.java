package io.cureflow.compliance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * One select an evaluation is known to need before its rules run, sent to the database together with the others.
 *
 * @param sql        a single select with {@code ?} placeholders and no trailing semicolon
 * @param parameters the placeholders' values, in order
 * @param reader     takes the rows and keeps them where the rules will look (the evaluation memo)
 */
public record PrefetchedRead(String sql, List<Object> parameters, Rows reader) {

    public PrefetchedRead {
        if (sql.strip().endsWith(";")) {
            throw new IllegalArgumentException("a prefetched read is one statement without a semicolon: " + sql);
        }
        parameters = List.copyOf(parameters);
    }

    @FunctionalInterface
    public interface Rows {

        void read(ResultSet rows) throws SQLException;
    }

    /** Implemented by the readers whose reads can be made ahead of the rules. */
    public interface Source {

        /** The reads the rules will ask of this reader for the contact; empty when they ask nothing. */
        List<PrefetchedRead> reads(ContactContext context);
    }
}
