package io.cureflow.compliance.internal;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ComplianceDecision;
import io.cureflow.compliance.ComplianceReason;
import io.cureflow.compliance.ContactComplianceGate;
import io.cureflow.compliance.ContactProposal;
import io.cureflow.support.EmbeddedPostgresSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an evaluation costs the database, on PostgreSQL with the whole application: the case contact, one prefetch of
 * everything the rules read, and the decision insert, whether the contact is allowed or blocked and retried at later
 * instants. A rule that starts reading on its own again shows up here as an extra statement.
 */
@SpringBootTest(properties = {
        "cureflow.account.demo-data.enabled=false",
        "camunda.bpm.job-execution.enabled=false"
})
@Import(EvaluationRoundTripsPostgresTests.CountingStatements.class)
class EvaluationRoundTripsPostgresTests {

    static final long BORROWER = 71_000_001L;
    static final String PHONE = "+15182000001";
    static final long BUSY_BORROWER = 71_000_002L;
    static final String BUSY_PHONE = "+15182000002";
    /** Tuesday 24 November 2026, 2 pm in Albany, New York. */
    static final Instant TUESDAY_AFTERNOON = Instant.parse("2026-11-24T19:00:00Z");
    private static final ThreadLocal<int[]> STATEMENTS = new ThreadLocal<>();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry);
    }

    @TestConfiguration
    static class CountingStatements {

        @Bean
        static BeanPostProcessor countStatementsOnTheTestThread() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource dataSource && !(bean instanceof Counting)
                            ? new Counting(dataSource) : bean;
                }
            };
        }
    }

    /** Counts the statements prepared or created while a test counts, each of which is one round trip here. */
    static final class Counting extends DelegatingDataSource {

        private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "createStatement",
                "prepareCall");

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }

        private static Connection counting(Connection connection) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[]{Connection.class}, (proxy, method, arguments) -> {
                        int[] counter = STATEMENTS.get();
                        if (counter != null && STATEMENT_METHODS.contains(method.getName())) {
                            counter[0]++;
                        }
                        try {
                            return method.invoke(connection, arguments);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }

    @Autowired
    ContactComplianceGate gate;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void albanyBorrowersOneWithAWeekOfCalls() {
        if (jdbc.queryForObject("select count(*) from borrower where id = ?", Integer.class, BORROWER) > 0) {
            return;
        }
        borrower(BORROWER, PHONE);
        borrower(BUSY_BORROWER, BUSY_PHONE);
        // seven unanswered calls in the last six days, 20 hours apart: RF-01 blocks an eighth
        for (int call = 1; call <= 7; call++) {
            Instant at = TUESDAY_AFTERNOON.minusSeconds(call * 20 * 3_600L);
            Long attempt = jdbc.queryForObject("insert into contact_attempt (case_id, account_id, borrower_id,"
                    + " channel, contact_point, direction, outcome, attempted_at) values (?, ?, ?, 'CALL', ?,"
                    + " 'OUTBOUND', 'RING_NO_ANSWER', ?) returning id", Long.class, BUSY_BORROWER, BUSY_BORROWER,
                    BUSY_BORROWER, BUSY_PHONE, Timestamp.from(at));
            jdbc.update("insert into contact_attempt_debt (attempt_id, borrower_id, account_id, attempted_at,"
                    + " counts_as_call, conversation) values (?, ?, ?, ?, true, false)", attempt, BUSY_BORROWER,
                    BUSY_BORROWER, Timestamp.from(at));
        }
    }

    /** A borrower in Albany with one debt and one open case, all three numbered {@code id}. */
    private void borrower(long id, String phone) {
        jdbc.update("insert into borrower (id, external_id, first_name, last_name, language, state, zip, created_at,"
                + " updated_at) values (?, ?, 'Pat', 'Doe', 'en', 'NY', '12207', now(), now())", id, "RT-B" + id);
        jdbc.update("insert into contact_point (id, borrower_id, kind, contact_value, line_type, consent, opted_out,"
                + " created_at) values (?, ?, 'PHONE', ?, 'MOBILE', true, false, now())", id, id, phone);
        jdbc.update("insert into account (id, external_id, borrower_id, creditor, product, balance, amount_past_due,"
                + " currency, due_date, delinquent_since, version, created_at, updated_at) values (?, ?, ?,"
                + " 'Acme Bank', 'credit_card', 900, 150, 'USD', date '2026-10-01', date '2026-10-02', 0, now(),"
                + " now())", id, "RT-A" + id, id);
        jdbc.update("insert into collection_case (id, account_id, open_account_id, status, stage, opened_at, version)"
                + " values (?, ?, ?, 'OPEN', 'DAYS_30', now(), 0)", id, id, id);
    }

    @Test
    void anAllowedCallCostsThreeStatements() {
        ComplianceDecision warmUp = evaluate(BORROWER, PHONE, TUESDAY_AFTERNOON);

        int[] statements = new int[1];
        ComplianceDecision decision = counted(statements, () -> evaluate(BORROWER, PHONE, TUESDAY_AFTERNOON));

        assertThat(warmUp.allowed()).isTrue();
        assertThat(decision.allowed()).isTrue();
        assertThat(statements[0]).as("case contact, prefetch, decision insert").isEqualTo(3);
    }

    @Test
    void aBlockedCallSearchedForItsNextInstantCostsNoMore() {
        evaluate(BORROWER, PHONE, TUESDAY_AFTERNOON);

        int[] statements = new int[1];
        ComplianceDecision decision = counted(statements, () -> evaluate(BUSY_BORROWER, BUSY_PHONE,
                TUESDAY_AFTERNOON));

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reasons()).extracting(ComplianceReason::rule).contains("RF-01");
        assertThat(decision.nextAllowedAt()).isAfter(TUESDAY_AFTERNOON);
        assertThat(statements[0]).as("case contact, prefetch, decision insert").isEqualTo(3);
    }

    @Test
    void anAutomatedTextOnceRevokeAllIsInForceCostsNoMore() {
        Instant tuesdayAfterRevokeAll = Instant.parse("2027-02-02T19:00:00Z");
        gate.evaluate(new ContactProposal(BORROWER, Channel.SMS, PHONE, tuesdayAfterRevokeAll));

        int[] statements = new int[1];
        ComplianceDecision decision = counted(statements, () -> gate.evaluate(
                new ContactProposal(BORROWER, Channel.SMS, PHONE, tuesdayAfterRevokeAll)));

        assertThat(decision.reasons()).extracting(ComplianceReason::rule).doesNotContain("TC-04");
        assertThat(statements[0]).as("case contact, prefetch with the number's revocations, decision insert")
                .isEqualTo(3);
    }

    private ComplianceDecision evaluate(long caseId, String phone, Instant at) {
        return gate.evaluate(new ContactProposal(caseId, Channel.CALL, phone, at, ContactProposal.Initiator.AGENT));
    }

    private static <T> T counted(int[] counter, Supplier<T> work) {
        STATEMENTS.set(counter);
        try {
            return work.get();
        } finally {
            STATEMENTS.remove();
        }
    }
}
