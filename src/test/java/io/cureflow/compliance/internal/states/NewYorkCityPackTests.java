package io.cureflow.compliance.internal.states;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactDirection;
import io.cureflow.compliance.internal.ComplianceMessages;
import io.cureflow.compliance.internal.RuleResult;
import io.cureflow.compliance.internal.caps.Consumers;
import io.cureflow.compliance.internal.caps.InMemoryLedgerWindow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static io.cureflow.compliance.internal.caps.Consumers.ACCOUNT;
import static io.cureflow.compliance.internal.caps.Consumers.BORROWER;
import static io.cureflow.compliance.internal.caps.Consumers.MOBILE;
import static org.assertj.core.api.Assertions.assertThat;

class NewYorkCityPackTests {

    private static final StatesProperties SWITCHED_ON = StatePacks.with("nyc.enabled=true");

    private final InMemoryLedgerWindow ledger = new InMemoryLedgerWindow();
    private final Consumers brooklynite = Consumers.livingIn("NY", "11201", "America/New_York");

    private RuleResult check(StatesProperties properties, Consumers consumer, Channel channel, String at) {
        return new NewYorkCityRule(properties, ledger, new ComplianceMessages())
                .evaluate(consumer.proposing(channel, Instant.parse(at)));
    }

    private void attempt(Channel channel, String outcome, String at) {
        ledger.add(BORROWER, ACCOUNT, channel, MOBILE, ContactDirection.OUTBOUND, outcome, Instant.parse(at));
    }

    @BeforeEach
    void threeAttemptsThisWeek() {
        attempt(Channel.SMS, "DELIVERED", "2026-01-12T15:00:00Z");
        attempt(Channel.CALL, "BUSY", "2026-01-13T15:00:00Z");
        attempt(Channel.EMAIL, "FAILED", "2026-01-14T15:00:00Z");
    }

    @Test
    void isOffByDefaultWhileTheRuleIsPostponed() {
        assertThat(check(StatePacks.defaults(), brooklynite, Channel.SMS, "2026-01-15T15:00:00Z").blocked()).isFalse();
    }

    @Test
    void blocksTheFourthAttemptAcrossAllMediaOnceSwitchedOn() {
        RuleResult fourth = check(SWITCHED_ON, brooklynite, Channel.EMAIL, "2026-01-15T15:00:00Z");

        assertThat(fourth.blocked()).isTrue();
        assertThat(fourth.earliestAllowedAt()).isEqualTo(Instant.parse("2026-01-19T05:00:00Z"));
        assertThat(fourth.message()).isEqualTo("New York City limit reached: 3 communications or attempts across all "
                + "channels in 7 days, limit 3.");
    }

    @Test
    void countsAttemptsThatReachedNoOneButNotThoseThatNeverLeft() {
        InMemoryLedgerWindow onlyBlocked = new InMemoryLedgerWindow();
        for (String at : new String[]{"2026-01-12T15:00:00Z", "2026-01-13T15:00:00Z", "2026-01-14T15:00:00Z"}) {
            onlyBlocked.add(BORROWER, ACCOUNT, Channel.SMS, MOBILE, ContactDirection.OUTBOUND, "BLOCKED",
                    Instant.parse(at));
        }

        assertThat(new NewYorkCityRule(SWITCHED_ON, onlyBlocked, new ComplianceMessages())
                .evaluate(brooklynite.proposing(Channel.SMS, Instant.parse("2026-01-15T15:00:00Z")))
                .blocked()).isFalse();
    }

    @Test
    void startsOnItsEffectiveDateInNewYork() {
        StatesProperties fromSixteenth = StatePacks.with("nyc.enabled=true", "nyc.effective-from=2026-01-16");

        assertThat(check(fromSixteenth, brooklynite, Channel.SMS, "2026-01-16T04:59:00Z").blocked()).isFalse();
        assertThat(check(fromSixteenth, brooklynite, Channel.SMS, "2026-01-16T05:00:00Z").blocked()).isTrue();
    }

    @Nested
    class WhoLivesInTheCity {

        @ParameterizedTest(name = "{0} {1} ({2})")
        @CsvSource({
                "NY, 10001, Manhattan",
                "NY, 10280, Manhattan Battery Park City",
                "NY, 10301, Staten Island",
                "NY, 10451, the Bronx",
                "NY, 11201, Brooklyn",
                "NY, 11004, Queens Glen Oaks",
                "NY, 11101, Queens Long Island City",
                "NY, 11375, Queens Forest Hills",
                "NY, 11432, Queens Jamaica",
                "NY, 11691, Queens Far Rockaway",
                "NY, 11021, Great Neck (Nassau; prefix 110 errs on the city's side)",
                "NY, '', New York without a ZIP",
                "NY, 1120, New York with an unreadable ZIP",
                "NJ, 10001-1234, a city ZIP with a state that disagrees",
                "'', 11201, a city ZIP without a state"})
        void appliesTo(String state, String zip, String where) {
            Consumers consumer = Consumers.livingIn(state, zip, "America/New_York");

            assertThat(check(SWITCHED_ON, consumer, Channel.SMS, "2026-01-15T15:00:00Z").blocked()).isTrue();
        }

        @ParameterizedTest(name = "{0} {1} ({2})")
        @CsvSource({
                "NY, 12207, Albany",
                "NY, 10701, Yonkers",
                "NY, 11501, Mineola (Nassau)",
                "NY, 11550, Hempstead (Nassau)",
                "NY, 11901, Riverhead (Suffolk)",
                "NJ, 07302, Jersey City"})
        void doesNotApplyTo(String state, String zip, String where) {
            Consumers consumer = Consumers.livingIn(state, zip, "America/New_York");

            assertThat(check(SWITCHED_ON, consumer, Channel.SMS, "2026-01-15T15:00:00Z").blocked()).isFalse();
        }
    }
}
