package io.cureflow.compliance.internal.stops;

import io.cureflow.account.ContactPointView;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactProposal.Initiator;
import io.cureflow.compliance.RestrictionKind;
import io.cureflow.compliance.internal.ComplianceMessages;
import io.cureflow.compliance.internal.RuleResult;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static io.cureflow.compliance.internal.stops.StopsFixtures.CHICAGO;
import static io.cureflow.compliance.internal.stops.StopsFixtures.EMAIL;
import static io.cureflow.compliance.internal.stops.StopsFixtures.LANDLINE;
import static io.cureflow.compliance.internal.stops.StopsFixtures.LOS_ANGELES;
import static io.cureflow.compliance.internal.stops.StopsFixtures.MOBILE;
import static io.cureflow.compliance.internal.stops.StopsFixtures.automated;
import static io.cureflow.compliance.internal.stops.StopsFixtures.borrower;
import static io.cureflow.compliance.internal.stops.StopsFixtures.byAgent;
import static io.cureflow.compliance.internal.stops.StopsFixtures.context;
import static io.cureflow.compliance.internal.stops.StopsFixtures.email;
import static io.cureflow.compliance.internal.stops.StopsFixtures.restriction;
import static org.assertj.core.api.Assertions.assertThat;

class TcpaConsentRuleTests {

    static final Instant NOON = Instant.parse("2026-01-13T18:00:00Z");

    static ConsentProperties defaults() {
        return new Binder(new MapConfigurationPropertySource())
                .bindOrCreate("cureflow.compliance.consent", ConsentProperties.class);
    }

    static ContactPointView phone(String number, String lineType, boolean consent) {
        return new ContactPointView(1, ContactPointView.Kind.PHONE, number, lineType, consent, false);
    }

    @Nested
    class PriorExpressConsent {

        final TcpaConsentRule rule = new TcpaConsentRule(new ComplianceMessages());

        RuleResult automatedTo(Channel channel, String lineType, boolean consent) {
            return rule.evaluate(context(borrower(phone(MOBILE, lineType, consent), email(EMAIL)), channel, MOBILE,
                    NOON, Initiator.AUTOMATED));
        }

        @ParameterizedTest
        @ValueSource(strings = {"MOBILE", "LANDLINE", "VOIP", "UNKNOWN"})
        void anAutomatedTextToAnyPhoneNeedsConsent(String lineType) {
            RuleResult withoutConsent = automatedTo(Channel.SMS, lineType, false);

            assertThat(withoutConsent.permanent()).isTrue();
            assertThat(withoutConsent.stopsAutomation()).isFalse();
            assertThat(automatedTo(Channel.SMS, lineType, true).blocked()).isFalse();
        }

        @ParameterizedTest
        @CsvSource({"CALL, MOBILE", "CALL, VOIP", "CALL, UNKNOWN", "VOICEMAIL, MOBILE", "VOICEMAIL, UNKNOWN"})
        void aPrerecordedOrArtificialVoiceCallToANumberThatMayBeWirelessNeedsConsent(Channel channel,
                                                                                   String lineType) {
            assertThat(automatedTo(channel, lineType, false).permanent()).isTrue();
            assertThat(automatedTo(channel, lineType, true).blocked()).isFalse();
        }

        @ParameterizedTest
        @NullSource
        void aNumberOfUnknownLineTypeCountsAsWireless(String lineType) {
            assertThat(automatedTo(Channel.CALL, lineType, false).permanent()).isTrue();
        }

        @Test
        void aPrerecordedCallToAKnownLandlineNeedsNoWirelessConsent() {
            assertThat(automatedTo(Channel.CALL, "LANDLINE", false).blocked()).isFalse();
        }

        @Test
        void aNumberThatIsNotOnFileHasNoConsent() {
            RuleResult result = rule.evaluate(automated(Channel.SMS, "+13125550100", NOON));

            assertThat(result.permanent()).isTrue();
            assertThat(result.detail()).contains("not on file").doesNotContain("+1312");
        }

        @Test
        void anAgentDiallingByHandNeedsNoTcpaConsent() {
            var noConsent = borrower(phone(MOBILE, "MOBILE", false));

            assertThat(rule.evaluate(context(noConsent, Channel.CALL, MOBILE, NOON, Initiator.AGENT)).blocked())
                    .isFalse();
        }

        @Test
        void emailIsNotATcpaCall() {
            assertThat(rule.evaluate(automated(Channel.EMAIL, EMAIL, NOON)).blocked()).isFalse();
        }
    }

    @Nested
    class Revocation {

        final StopsFixtures.Store store = new StopsFixtures.Store();
        final ConsentRevocationRule rule = new ConsentRevocationRule(store, new ComplianceMessages());

        @Test
        void aRevocationEndsAutomatedTextsAndCallsToThatNumberAtOnce() {
            store.with(restriction(RestrictionKind.CONSENT_REVOKED).point(MOBILE).build());

            for (Channel channel : List.of(Channel.SMS, Channel.CALL, Channel.VOICEMAIL)) {
                RuleResult result = rule.evaluate(automated(channel, MOBILE, NOON));
                assertThat(result.permanent()).as(channel.name()).isTrue();
                assertThat(result.stopsAutomation()).isFalse();
                assertThat(result.detail()).doesNotContain(MOBILE);
            }
        }

        @Test
        void aRevocationLeavesOtherNumbersAndAPersonDiallingByHandAlone() {
            store.with(restriction(RestrictionKind.CONSENT_REVOKED).point(MOBILE).build());

            assertThat(rule.evaluate(automated(Channel.SMS, "+13125550177", NOON)).blocked()).isFalse();
            assertThat(rule.evaluate(byAgent(Channel.CALL, MOBILE, NOON)).blocked()).isFalse();
        }

        @Test
        void aRevocationCoversALandlineToo() {
            store.with(restriction(RestrictionKind.CONSENT_REVOKED).point(LANDLINE).build());

            assertThat(rule.evaluate(automated(Channel.CALL, LANDLINE, NOON)).permanent()).isTrue();
        }

        @Test
        void aLiftedRevocationNoLongerBlocks() {
            store.with(restriction(RestrictionKind.CONSENT_REVOKED).point(MOBILE).lifted().build());

            assertThat(rule.evaluate(automated(Channel.SMS, MOBILE, NOON)).blocked()).isFalse();
        }
    }

    @Nested
    class PrerecordedCallsToALandline {

        final List<Instant> placed = new ArrayList<>();
        final LandlineCallLog log = new LandlineCallLog(null) {
            @Override
            List<Instant> callsTo(String number, Instant from, Instant to) {
                return placed.stream().filter(call -> !call.isBefore(from) && !call.isAfter(to)).sorted().toList();
            }
        };
        final PrerecordedLandlineRule rule = new PrerecordedLandlineRule(log, defaults(), new ComplianceMessages());

        RuleResult automatedCall(Instant at, ZoneId... zones) {
            return rule.evaluate(automated(Channel.CALL, LANDLINE, at, zones));
        }

        @Test
        void readsThreeCallsInThirtyDaysFromTheDefaults() {
            assertThat(defaults().prerecordedLandlineMaxCalls()).isEqualTo(3);
            assertThat(defaults().prerecordedLandlineDays()).isEqualTo(30);
        }

        @Test
        void allowsTheThirdCallWithinThirtyDays() {
            placed.add(Instant.parse("2026-03-02T16:00:00Z"));
            placed.add(Instant.parse("2026-03-10T16:00:00Z"));

            assertThat(automatedCall(Instant.parse("2026-03-20T16:00:00Z")).blocked()).isFalse();
        }

        @Test
        void blocksTheFourthUntilTheOldestCallLeavesTheThirtyDayPeriod() {
            placed.add(Instant.parse("2026-03-02T16:00:00Z"));
            placed.add(Instant.parse("2026-03-10T16:00:00Z"));
            placed.add(Instant.parse("2026-03-20T16:00:00Z"));

            RuleResult fourth = automatedCall(Instant.parse("2026-03-25T16:00:00Z"), CHICAGO);

            // days 2 March to 31 March are one 30-day period; the next begins 1 April, local midnight in Chicago
            assertThat(fourth.blocked()).isTrue();
            assertThat(fourth.earliestAllowedAt()).isEqualTo(Instant.parse("2026-04-01T05:00:00Z"));
            assertThat(fourth.detail()).contains("3 in America/Chicago").doesNotContain(LANDLINE);
        }

        @Test
        void countsCalendarDaysInEveryCandidateZoneAndWaitsForTheLatestMidnight() {
            // 07:30 UTC on 2 March is still 1 March in Los Angeles
            placed.add(Instant.parse("2026-03-02T07:30:00Z"));
            placed.add(Instant.parse("2026-03-10T16:00:00Z"));
            placed.add(Instant.parse("2026-03-20T16:00:00Z"));

            RuleResult fourth = automatedCall(Instant.parse("2026-03-31T16:00:00Z"), CHICAGO, LOS_ANGELES);

            assertThat(fourth.blocked()).isTrue();
            // in Chicago the oldest call was on 2 March (free from 1 April); in Los Angeles on 1 March, which left
            // the period at midnight on 31 March — so Chicago decides
            assertThat(fourth.earliestAllowedAt()).isEqualTo(Instant.parse("2026-04-01T05:00:00Z"));
        }

        @Test
        void keepsLocalDaysAcrossTheSpringForwardChange() {
            placed.add(Instant.parse("2026-02-10T16:00:00Z"));
            placed.add(Instant.parse("2026-02-20T16:00:00Z"));
            placed.add(Instant.parse("2026-03-01T16:00:00Z"));

            RuleResult fourth = automatedCall(Instant.parse("2026-03-10T16:00:00Z"), CHICAGO);

            // free on 12 March local midnight, which is CDT (UTC-5) after the 8 March change
            assertThat(fourth.earliestAllowedAt()).isEqualTo(Instant.parse("2026-03-12T05:00:00Z"));
        }

        @Test
        void leavesTextsCallsToMobilesAndAPersonsCallsAlone() {
            placed.add(Instant.parse("2026-03-02T16:00:00Z"));
            placed.add(Instant.parse("2026-03-10T16:00:00Z"));
            placed.add(Instant.parse("2026-03-20T16:00:00Z"));
            Instant at = Instant.parse("2026-03-25T16:00:00Z");

            assertThat(rule.evaluate(automated(Channel.CALL, MOBILE, at)).blocked()).isFalse();
            assertThat(rule.evaluate(automated(Channel.SMS, LANDLINE, at)).blocked()).isFalse();
            assertThat(rule.evaluate(byAgent(Channel.CALL, LANDLINE, at)).blocked()).isFalse();
        }
    }
}
