package io.cureflow.compliance.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cureflow.support.EmbeddedPostgresSupport;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Decisions stored before the rules' answers moved into the decision row keep every answer, in rule order. */
class RuleResultsMigrationTests {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void movesStoredRuleAnswersIntoTheirDecisionOnH2() throws Exception {
        migrateAndCheck(new DriverManagerDataSource("jdbc:h2:mem:rule-results-migration;DB_CLOSE_DELAY=-1", "sa",
                ""), "h2");
    }

    @Test
    void movesStoredRuleAnswersIntoTheirDecisionOnPostgres() throws Exception {
        migrateAndCheck(new DriverManagerDataSource(EmbeddedPostgresSupport.newDatabase("rule_results_migration"),
                EmbeddedPostgresSupport.user(), ""), "postgresql");
    }

    private void migrateAndCheck(DataSource dataSource, String vendor) throws Exception {
        migrate(dataSource, vendor, "12");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        insertDecision(jdbc, 1, "BLOCK");
        insertRuleResult(jdbc, 1, 1, "RF-01", true, "Seven calls in seven days", "calls 7/7",
                "timestamp with time zone '2026-01-20 14:00:00+00'", false);
        insertRuleResult(jdbc, 1, 0, "RF-12", false, null, "08:00–21:00 in America/New_York", "null", false);
        insertRuleResult(jdbc, 1, 2, "RF-20", true, "Cease requested", "restriction 5", "null", true);
        insertDecision(jdbc, 2, "ALLOW");

        migrate(dataSource, vendor, "latest");

        JsonNode first = json.readTree(jdbc.queryForObject(
                "select cast(rule_results as varchar(100000)) from compliance_decision where id = 1", String.class));
        assertThat(first).hasSize(3);
        assertThat(first.get(0).get("ruleId").asText()).isEqualTo("RF-12");
        assertThat(first.get(0).get("detail").asText()).isEqualTo("08:00–21:00 in America/New_York");
        assertThat(first.get(0).get("blocked").asBoolean()).isFalse();
        assertThat(first.get(1).get("ruleId").asText()).isEqualTo("RF-01");
        assertThat(first.get(1).get("message").asText()).isEqualTo("Seven calls in seven days");
        assertThat(first.get(1).get("earliestAllowedAt").asText()).startsWith("2026-01-20T14:00:00");
        assertThat(first.get(2).get("stopsAutomation").asBoolean()).isTrue();
        JsonNode second = json.readTree(jdbc.queryForObject(
                "select cast(rule_results as varchar(100000)) from compliance_decision where id = 2", String.class));
        assertThat(second).isEmpty();
        assertThatThrownBy(() -> jdbc.queryForObject("select count(*) from compliance_rule_result", Long.class))
                .hasMessageContaining("compliance_rule_result");
    }

    private static void migrate(DataSource dataSource, String vendor, String target) {
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .target(target)
                .load().migrate();
    }

    private static void insertDecision(JdbcTemplate jdbc, long id, String verdict) {
        jdbc.update("""
                insert into compliance_decision (id, case_id, channel, contact_at, address_zones, phone_zones,
                    candidate_zones, location_fallback, verdict, evaluated_at, stops_automation)
                values (?, 7, 'CALL', timestamp with time zone '2026-01-14 13:00:00+00', 'America/New_York',
                    'America/New_York', 'America/New_York', false, ?, timestamp with time zone '2026-01-14 13:00:00+00',
                    false)""", id, verdict);
    }

    private static void insertRuleResult(JdbcTemplate jdbc, long decisionId, int position, String rule,
                                         boolean blocked, String message, String detail, String earliest,
                                         boolean stops) {
        jdbc.update("""
                insert into compliance_rule_result (decision_id, position, rule_id, citation, blocked, message, detail,
                    earliest_allowed_at, stops_automation)
                values (?, ?, ?, '12 CFR 1006', ?, ?, ?, %s, ?)""".formatted(earliest),
                decisionId, position, rule, blocked, message, detail, stops);
    }
}
