package io.cureflow.compliance.internal.frequency;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

import static io.cureflow.compliance.internal.SqlInstants.utc;

/**
 * Numbers found not to be the person's (comment 14(b)(2)(i)-3): calls to them are not calls to that person. The ledger
 * rows stay as they are; the frequency queries leave such calls out, so recording a number recounts at once.
 */
@Service
public class MisdirectedNumbers {

    private static final String INSERT = "insert into misdirected_number (borrower_id, contact_point, learned_at, "
            + "recorded_by, recorded_at) values (?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    MisdirectedNumbers(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Reclassified(long id, int attemptsExcluded) {
    }

    @Transactional
    public Reclassified record(long borrowerId, String contactPoint, Instant learnedAt, String recordedBy) {
        Objects.requireNonNull(contactPoint, "contactPoint");
        Instant now = clock.instant();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(INSERT, new String[]{"id"});
            statement.setLong(1, borrowerId);
            statement.setString(2, contactPoint);
            statement.setObject(3, utc(learnedAt == null ? now : learnedAt));
            statement.setString(4, recordedBy);
            statement.setObject(5, utc(now));
            return statement;
        }, key);
        Integer excluded = jdbc.queryForObject("select count(*) from contact_attempt where borrower_id = ? "
                + "and contact_point = ? and channel in ('CALL', 'VOICEMAIL')", Integer.class, borrowerId, contactPoint);
        return new Reclassified(Objects.requireNonNull(key.getKey()).longValue(), excluded == null ? 0 : excluded);
    }
}
