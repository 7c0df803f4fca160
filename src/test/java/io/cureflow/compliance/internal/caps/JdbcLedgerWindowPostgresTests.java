package io.cureflow.compliance.internal.caps;

import io.cureflow.support.EmbeddedPostgresSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link JdbcLedgerWindowTests} on a real PostgreSQL, plus the plans of the window queries. */
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class JdbcLedgerWindowPostgresTests extends JdbcLedgerWindowTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry);
    }

    @Test
    void readsThePersonsWindowThroughTheBorrowerIndex() {
        assertThat(plan("borrower_id")).contains("ix_contact_attempt_borrower");
    }

    @Test
    void readsTheDebtsWindowThroughTheAccountIndex() {
        assertThat(plan("account_id")).contains("ix_contact_attempt_account");
    }

    /** With a handful of rows the planner would rightly scan; forbidding that shows which index the query can use. */
    private String plan(String ownerColumn) {
        jdbc.sql("set local enable_seqscan = off").update();
        List<String> lines = jdbc.sql("explain select attempted_at, channel, account_id, contact_point, outcome"
                        + " from contact_attempt where " + ownerColumn + " = :owner and attempted_at >= :from"
                        + " and attempted_at < :to and direction = 'OUTBOUND'"
                        + " and outcome not in ('BLOCKED', 'NO_CONTACT_POINT') order by attempted_at, id")
                .param("owner", BORROWER)
                .param("from", OffsetDateTime.of(2026, 1, 10, 0, 0, 0, 0, ZoneOffset.UTC))
                .param("to", OffsetDateTime.of(2026, 1, 17, 0, 0, 0, 0, ZoneOffset.UTC))
                .query(String.class).list();
        return String.join("\n", lines);
    }
}
