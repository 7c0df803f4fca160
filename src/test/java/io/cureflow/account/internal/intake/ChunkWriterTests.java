package io.cureflow.account.internal.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.cureflow.account.internal.AccountData;
import io.cureflow.account.internal.AccountIntake;
import io.cureflow.account.internal.AccountProperties;
import io.cureflow.account.internal.BorrowerData;
import io.cureflow.account.internal.BusinessCalendar;
import io.cureflow.account.internal.IntakeItem;
import io.cureflow.account.internal.IntakeOutcome;
import io.cureflow.account.internal.intake.ChunkWriter.ChunkResult;
import io.cureflow.account.internal.intake.ChunkWriter.ValidRow;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A chunk that the database refuses is rolled back whole and stored again row by row: the good rows are kept and the
 * refused one leaves nothing behind, not even its borrower. The database is made to refuse one creditor name.
 */
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ChunkWriter.class, AccountIntake.class, BusinessCalendar.class, ChunkWriterTests.Config.class})
class ChunkWriterTests {

    @TestConfiguration
    @EnableConfigurationProperties(AccountProperties.class)
    static class Config {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    @Autowired
    ChunkWriter writer;

    @Autowired
    JdbcTemplate jdbc;

    final String p = CsvFixtures.prefix();

    @BeforeEach
    void refuseOneCreditor() {
        jdbc.execute("alter table account add constraint if not exists ck_test_refused check (creditor <> 'Refused')");
    }

    ValidRow row(long line, String creditor) {
        BorrowerData borrower = new BorrowerData(p + "B" + line, "Ana", "Lopez", "en", null, null, "NY", "10001",
                null, List.of(), "b" + line + "@example.com");
        AccountData account = new AccountData(p + "A" + line, creditor, "card", new BigDecimal("10.00"), "USD",
                LocalDate.of(2026, 9, 1), 12);
        return new ValidRow(line, new IntakeItem(borrower, account));
    }

    @Test
    void keepsTheGoodRowsOfAChunkTheDatabaseRefuses() {
        ChunkResult result = writer.write(List.of(row(2, "Acme"), row(3, "Refused"), row(4, "Acme")));

        assertThat(result.stored()).extracting(IntakeOutcome::accountExternalId)
                .containsExactly(p + "A2", p + "A4");
        assertThat(result.rejections()).containsExactly(new Rejection(3, null, Reason.NOT_STORED, null));
        assertThat(count("account", p + "A%")).isEqualTo(2);
        assertThat(count("borrower", p + "B%")).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from borrower where external_id = ?", Long.class, p + "B3"))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from collection_case c join account a on a.id = c.account_id"
                + " where a.external_id like ?", Long.class, p + "A%")).isEqualTo(2);
    }

    @Test
    void storesAGoodChunkInOneGo() {
        ChunkResult result = writer.write(List.of(row(2, "Acme"), row(3, "Acme")));

        assertThat(result.rejections()).isEmpty();
        assertThat(result.created()).isEqualTo(2);
    }

    long count(String table, String pattern) {
        return jdbc.queryForObject("select count(*) from " + table + " where external_id like ?", Long.class, pattern);
    }
}
