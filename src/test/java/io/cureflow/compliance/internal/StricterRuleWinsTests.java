package io.cureflow.compliance.internal;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ComplianceDecision.Verdict;
import io.cureflow.compliance.ContactDirection;
import io.cureflow.compliance.internal.ComplianceEvaluator.Evaluation;
import io.cureflow.compliance.internal.ComplianceEvaluator.RuleOutcome;
import io.cureflow.compliance.internal.ComplianceProperties.ContactHours;
import io.cureflow.compliance.internal.caps.Bound;
import io.cureflow.compliance.internal.caps.ChannelCapsRule;
import io.cureflow.compliance.internal.caps.Consumers;
import io.cureflow.compliance.internal.caps.InMemoryLedgerWindow;
import io.cureflow.compliance.internal.states.MassachusettsTelephoneRule;
import io.cureflow.compliance.internal.states.NewYorkCityRule;
import io.cureflow.compliance.internal.states.StateContactHoursRule;
import io.cureflow.compliance.internal.states.StatePacks;
import io.cureflow.compliance.internal.states.StatesProperties;
import io.cureflow.compliance.internal.states.WashingtonRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static io.cureflow.compliance.internal.caps.Consumers.ACCOUNT;
import static io.cureflow.compliance.internal.caps.Consumers.BORROWER;
import static io.cureflow.compliance.internal.caps.Consumers.MOBILE;
import static org.assertj.core.api.Assertions.assertThat;

/** RF-41, §1006.104: every pack only adds restrictions, so the stricter of Reg F, the caps and a pack decides. */
@DisplayName("RF-41 (12 CFR 1006.104): the stricter rule wins")
class StricterRuleWinsTests {

    static final ComplianceProperties FEDERAL = new ComplianceProperties(
            new ContactHours(LocalTime.of(8, 0), LocalTime.of(21, 0), LocalTime.of(20, 45)),
            List.of(ZoneId.of("America/New_York"), ZoneId.of("America/Los_Angeles")));

    private final InMemoryLedgerWindow ledger = new InMemoryLedgerWindow();

    static ComplianceEvaluator evaluator(ComplianceProperties federal, StatesProperties states,
                                         InMemoryLedgerWindow ledger) {
        ComplianceMessages messages = new ComplianceMessages();
        return new ComplianceEvaluator(List.of(
                new ContactHoursRule(federal, messages),
                new ChannelCapsRule(Bound.caps(), ledger, messages),
                new MassachusettsTelephoneRule(states, ledger, messages),
                new WashingtonRule(states, ledger, messages),
                new NewYorkCityRule(states, ledger, messages),
                new StateContactHoursRule(states, messages)));
    }

    private Evaluation evaluate(Consumers consumer, Channel channel, String at) {
        return evaluate(FEDERAL, StatePacks.defaults(), consumer, channel, at);
    }

    private Evaluation evaluate(ComplianceProperties federal, StatesProperties states, Consumers consumer,
                                Channel channel, String at) {
        return evaluator(federal, states, ledger).evaluate(consumer.proposing(channel, Instant.parse(at)));
    }

    private static List<String> blockingRules(Evaluation evaluation) {
        return evaluation.outcomes().stream().filter(outcome -> outcome.result().blocked())
                .map(RuleOutcome::ruleId).toList();
    }

    private void sent(Channel channel, String at) {
        ledger.sent(BORROWER, ACCOUNT, channel, channel == Channel.EMAIL ? Consumers.EMAIL : MOBILE,
                Instant.parse(at));
    }

    @Nested
    class Massachusetts_ {

        private final Consumers bostonian = Consumers.livingIn("MA", "02108", "America/New_York");

        @Test
        void blocksTheThirdTextOfTheWeekThatRegFAndTheCapsAllow() {
            sent(Channel.SMS, "2026-01-12T15:00:00Z");
            sent(Channel.SMS, "2026-01-14T15:00:00Z");

            Evaluation third = evaluate(bostonian, Channel.SMS, "2026-01-15T15:00:00Z");

            assertThat(third.verdict()).isEqualTo(Verdict.BLOCK);
            assertThat(blockingRules(third)).containsExactly("MA-01");
            // the 7 days end on Sunday 18 January; Monday opens at 08:00 under RF-12
            assertThat(third.nextAllowedAt()).isEqualTo(Instant.parse("2026-01-19T13:00:00Z"));
        }

        @Test
        void blocksACallAfterTwoTextsAlthoughNoCallWasMade() {
            sent(Channel.SMS, "2026-01-12T15:00:00Z");
            sent(Channel.SMS, "2026-01-14T15:00:00Z");

            assertThat(blockingRules(evaluate(bostonian, Channel.CALL, "2026-01-15T15:00:00Z")))
                    .containsExactly("MA-01");
        }

        @Test
        void letsTheSameTextThroughForAConsumerElsewhere() {
            sent(Channel.SMS, "2026-01-12T15:00:00Z");
            sent(Channel.SMS, "2026-01-14T15:00:00Z");

            assertThat(evaluate(Consumers.livingIn("NH", "03301", "America/New_York"), Channel.SMS,
                    "2026-01-15T15:00:00Z").verdict()).isEqualTo(Verdict.ALLOW);
        }
    }

    @Nested
    class Washington_ {

        private final Consumers seattleite = Consumers.livingIn("WA", "98101", "America/Los_Angeles");

        @Test
        void blocksTheFourthEmailOfTheWeekWithTheCapsAgreeing() {
            sent(Channel.EMAIL, "2026-01-12T18:00:00Z");
            sent(Channel.EMAIL, "2026-01-13T18:00:00Z");
            sent(Channel.EMAIL, "2026-01-14T18:00:00Z");

            Evaluation fourth = evaluate(seattleite, Channel.EMAIL, "2026-01-15T18:00:00Z");

            assertThat(blockingRules(fourth)).containsExactlyInAnyOrder("RF-08", "WA-01");
            assertThat(fourth.nextAllowedAt()).isEqualTo(Instant.parse("2026-01-19T16:00:00Z"));
        }

        @Test
        void blocksTheFourthCommunicationAcrossMediaThatTheCapsAllow() {
            sent(Channel.SMS, "2026-01-12T18:00:00Z");
            ledger.add(BORROWER, ACCOUNT, Channel.CALL, MOBILE, ContactDirection.OUTBOUND, "RING_NO_ANSWER",
                    Instant.parse("2026-01-13T18:00:00Z"));
            sent(Channel.EMAIL, "2026-01-14T18:00:00Z");

            Evaluation email = evaluate(seattleite, Channel.EMAIL, "2026-01-15T18:00:00Z");

            assertThat(blockingRules(email)).containsExactly("WA-01");
            assertThat(evaluate(Consumers.livingIn("OR", "97201", "America/Los_Angeles"), Channel.EMAIL,
                    "2026-01-15T18:00:00Z").verdict()).isEqualTo(Verdict.ALLOW);
        }

        @Test
        void leavesQuarterToEightBlockedByTheFederalHours() {
            Evaluation quarterToEight = evaluate(seattleite, Channel.CALL, "2026-01-14T15:45:00Z");

            assertThat(blockingRules(quarterToEight)).containsExactly("RF-12");
            assertThat(quarterToEight.nextAllowedAt()).isEqualTo(Instant.parse("2026-01-14T16:00:00Z"));
        }

        @Test
        void keepsItsOwnWindowWhenTheFederalHoursAreConfiguredWider() {
            ComplianceProperties sevenToTen = new ComplianceProperties(
                    new ContactHours(LocalTime.of(7, 0), LocalTime.of(22, 0)), FEDERAL.fallbackZones());

            Evaluation quarterPastSeven = evaluate(sevenToTen, StatePacks.defaults(), seattleite, Channel.CALL,
                    "2026-01-14T15:15:00Z");
            Evaluation halfPastNine = evaluate(sevenToTen, StatePacks.defaults(), seattleite, Channel.SMS,
                    "2026-01-15T05:30:00Z");

            assertThat(blockingRules(quarterPastSeven)).containsExactly("WA-01");
            assertThat(quarterPastSeven.nextAllowedAt()).isEqualTo(Instant.parse("2026-01-14T15:30:00Z"));
            assertThat(blockingRules(halfPastNine)).containsExactly("WA-01");
            assertThat(evaluate(sevenToTen, StatePacks.defaults(), seattleite, Channel.CALL, "2026-01-14T15:35:00Z")
                    .verdict()).isEqualTo(Verdict.ALLOW);
        }
    }

    @Nested
    class California_ {

        private final Consumers angeleno = Consumers.livingIn("CA", "90012", "America/Los_Angeles");

        @Test
        void hasNoCapOfItsOwnSoTheCallCapDecides() {
            for (String at : List.of("2026-01-14T17:00:00Z", "2026-01-14T18:00:00Z")) {
                ledger.add(BORROWER, ACCOUNT, Channel.CALL, MOBILE, ContactDirection.OUTBOUND, "RING_NO_ANSWER",
                        Instant.parse(at));
            }

            assertThat(evaluate(angeleno, Channel.CALL, "2026-01-14T19:00:00Z").verdict()).isEqualTo(Verdict.ALLOW);
            ledger.add(BORROWER, ACCOUNT, Channel.CALL, MOBILE, ContactDirection.OUTBOUND, "RING_NO_ANSWER",
                    Instant.parse("2026-01-14T19:00:00Z"));
            assertThat(blockingRules(evaluate(angeleno, Channel.CALL, "2026-01-14T20:00:00Z")))
                    .containsExactly("RF-08");
        }
    }

    @Nested
    class Florida_ {

        private final Consumers miamian = Consumers.livingIn("FL", "33101", "America/New_York");

        @Test
        void keepsTheFederalHoursByDefault() {
            assertThat(evaluate(miamian, Channel.SMS, "2026-01-14T13:30:00Z").verdict()).isEqualTo(Verdict.ALLOW);
        }

        @Test
        void winsWhenConfiguredStricter() {
            StatesProperties nineInFlorida = StatePacks.with("fl.contact-hours.start=09:00");

            Evaluation halfPastEight = evaluate(FEDERAL, nineInFlorida, miamian, Channel.SMS, "2026-01-14T13:30:00Z");

            assertThat(blockingRules(halfPastEight)).containsExactly("ST-HOURS");
            assertThat(halfPastEight.nextAllowedAt()).isEqualTo(Instant.parse("2026-01-14T14:00:00Z"));
        }
    }

    @Nested
    class NewYorkCity_ {

        private final Consumers queensResident = Consumers.livingIn("NY", "11375", "America/New_York");

        @Test
        void blocksTheFourthAttemptAcrossMediaOnceSwitchedOn() {
            sent(Channel.SMS, "2026-01-12T15:00:00Z");
            sent(Channel.EMAIL, "2026-01-13T15:00:00Z");
            ledger.add(BORROWER, ACCOUNT, Channel.CALL, MOBILE, ContactDirection.OUTBOUND, "BUSY",
                    Instant.parse("2026-01-14T15:00:00Z"));

            assertThat(evaluate(queensResident, Channel.EMAIL, "2026-01-15T15:00:00Z").verdict())
                    .isEqualTo(Verdict.ALLOW);
            assertThat(blockingRules(evaluate(FEDERAL, StatePacks.with("nyc.enabled=true"), queensResident,
                    Channel.EMAIL, "2026-01-15T15:00:00Z"))).containsExactly("NYC-02");
        }
    }
}
