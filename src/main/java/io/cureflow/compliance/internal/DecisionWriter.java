package io.cureflow.compliance.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.DatabaseMetaData;
import java.time.Instant;

import static io.cureflow.compliance.internal.SqlInstants.utc;

/**
 * Stores a gate decision with one plain insert. Every contact is evaluated, so the gate skips the JPA session's
 * insert, flush and dirty-check machinery; reading decisions back still goes through {@link DecisionEntity}.
 *
 * <p>Ids come from {@code compliance_decision_seq}, which steps by {@value #ID_BLOCK} (V12): one sequence value
 * {@code v} numbers the block {@code v - 49 .. v}, the same reading Hibernate's pooled optimizer gives it when
 * {@link DecisionOverrideService} saves an override, so the two never hand out the same id.
 */
@Component
class DecisionWriter {

    static final int ID_BLOCK = 50;

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();
    private static final String COLUMNS = "insert into compliance_decision (id, case_id, channel, contact_point,"
            + " contact_at, stated_time_zone, consumer_state, consumer_zip, address_zones, phone_zones,"
            + " candidate_zones, location_fallback, verdict, next_allowed_at, stops_automation, evaluated_at,"
            + " in_response_to, rule_results) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ";

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private volatile Vendor vendor;
    private long nextId;
    private long lastId = -1;

    DecisionWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.dataSource = jdbc.getDataSource();
    }

    /** Inserts the decision in the current transaction and gives it its id. */
    void insert(DecisionEntity decision) {
        Vendor found = vendor();
        long id = nextId(found);
        jdbc.update(COLUMNS + found.json + ")", id, decision.getCaseId(), decision.getChannel().name(),
                decision.getContactPoint(), utc(decision.getContactAt()), decision.getStatedTimeZone(),
                decision.getConsumerState(), decision.getConsumerZip(), decision.getAddressZones(),
                decision.getPhoneZones(), decision.getCandidateZones(), decision.isLocationFallback(),
                decision.getVerdict().name(), utc(decision.getNextAllowedAt()), decision.isStopsAutomation(),
                utc(decision.getEvaluatedAt()), decision.getInResponseTo(), json(decision));
        decision.assignId(id);
    }

    private synchronized long nextId(Vendor found) {
        if (nextId > lastId) {
            Long high = jdbc.queryForObject(found.nextValue, Long.class);
            if (high == null) {
                throw new IllegalStateException("compliance_decision_seq gave no value");
            }
            nextId = high - ID_BLOCK + 1;
            lastId = high;
        }
        return nextId++;
    }

    private Vendor vendor() {
        Vendor known = vendor;
        if (known == null) {
            known = Vendor.of(productName());
            vendor = known;
        }
        return known;
    }

    private String productName() {
        try {
            return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot tell which database stores compliance decisions", e);
        }
    }

    private static String json(DecisionEntity decision) {
        try {
            return JSON.writeValueAsString(decision.getResults());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A decision's rule results could not be written as JSON", e);
        }
    }

    /** The two databases CureFlow runs on (H2 embedded, PostgreSQL) spell a sequence read and a JSON value apart. */
    private enum Vendor {
        POSTGRESQL("select nextval('compliance_decision_seq')", "cast(? as jsonb)"),
        H2("select next value for compliance_decision_seq", "? format json");

        private final String nextValue;
        private final String json;

        Vendor(String nextValue, String json) {
            this.nextValue = nextValue;
            this.json = json;
        }

        static Vendor of(String productName) {
            DatabaseDriver driver = DatabaseDriver.fromProductName(productName);
            return switch (driver) {
                case POSTGRESQL -> POSTGRESQL;
                case H2 -> H2;
                default -> throw new IllegalStateException("Compliance decisions are stored on PostgreSQL or H2, not "
                        + productName);
            };
        }
    }
}
