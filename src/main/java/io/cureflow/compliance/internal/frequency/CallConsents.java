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
 * Prior consent to further calls about one debt, given directly to CureFlow (RF-03). Consent given to the creditor or
 * to an earlier collector is not consent given to CureFlow and must not be recorded here.
 */
@Service
public class CallConsents {

    private static final String INSERT = "insert into call_consent (borrower_id, account_id, received_at, days, "
            + "recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final FrequencyProperties properties;
    private final Clock clock;

    CallConsents(JdbcTemplate jdbc, FrequencyProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param days the consecutive days the person agreed to, day of receipt = day 1; null for the longest the
     *             regulation allows
     * @return the consent's id
     */
    @Transactional
    public long record(long borrowerId, long accountId, Instant receivedAt, Integer days, String recordedBy) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        int period = days == null ? properties.consentMaxDays() : Math.min(days, properties.consentMaxDays());
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(INSERT, new String[]{"id"});
            statement.setLong(1, borrowerId);
            statement.setLong(2, accountId);
            statement.setObject(3, utc(receivedAt));
            statement.setInt(4, period);
            statement.setString(5, recordedBy);
            statement.setObject(6, utc(clock.instant()));
            return statement;
        }, key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /** @return false when no consent has this id */
    @Transactional
    public boolean revoke(long consentId, Instant revokedAt) {
        return jdbc.update("update call_consent set revoked_at = ? where id = ? and revoked_at is null",
                utc(revokedAt), consentId) == 1;
    }

    public int maxDays() {
        return properties.consentMaxDays();
    }
}
