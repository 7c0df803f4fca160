package io.cureflow.compliance.internal;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ComplianceDecision.Verdict;
import io.cureflow.compliance.ContactDirection;
import io.cureflow.compliance.internal.ComplianceEvaluator.Evaluation;
import io.cureflow.compliance.internal.caps.Bound;
import io.cureflow.compliance.internal.caps.CapsProperties;
import io.cureflow.compliance.internal.caps.Consumers;
import io.cureflow.compliance.internal.caps.InMemoryLedgerWindow;
import io.cureflow.compliance.internal.caps.LedgerOutcomes;
import io.cureflow.compliance.internal.states.StatePacks;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import static io.cureflow.compliance.internal.caps.Consumers.ACCOUNT;
import static io.cureflow.compliance.internal.caps.Consumers.BORROWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sender that contacts only when the gate allows, and otherwise waits for the gate's next allowed instant, never
 * exceeds a cap or a state limit in any local day or 7 local days, in any candidate zone, across DST changes.
 */
class GateFollowingSenderPropertyTests {

    private static final CapsProperties CAPS = Bound.caps();
    private static final List<String> OUTCOMES = List.of("SENT", "DELIVERED", "RING_NO_ANSWER", "CONVERSATION",
            "VOICEMAIL_LEFT", "BUSY", "NOT_IN_SERVICE", "FAILED");
    private static final List<String> ZONES = List.of("America/New_York", "America/Chicago", "America/Denver",
            "America/Phoenix", "America/Los_Angeles");

    record Step(Channel channel, int minutesLater, String outcome) {
    }

    record Sent(Instant at, Channel channel, String outcome) {
    }

    @Property(tries = 150)
    void neverExceedsAnyCapOrStateLimit(@ForAll("consumers") Consumers consumer, @ForAll("starts") Instant start,
                                        @ForAll("schedules") List<Step> schedule) {
        InMemoryLedgerWindow ledger = new InMemoryLedgerWindow();
        ComplianceEvaluator gate = StricterRuleWinsTests.evaluator(StricterRuleWinsTests.FEDERAL,
                StatePacks.with("nyc.enabled=true"), ledger);
        List<Sent> sent = new ArrayList<>();
        Instant now = start;
        for (Step step : schedule) {
            now = now.plus(Duration.ofMinutes(step.minutesLater()));
            Evaluation decision = gate.evaluate(consumer.proposing(step.channel(), now));
            if (decision.verdict() != Verdict.ALLOW) {
                if (decision.nextAllowedAt() == null) {
                    continue;
                }
                now = decision.nextAllowedAt();
                decision = gate.evaluate(consumer.proposing(step.channel(), now));
                if (decision.verdict() != Verdict.ALLOW) {
                    continue;
                }
            }
            ledger.add(BORROWER, ACCOUNT, step.channel(),
                    step.channel() == Channel.EMAIL ? Consumers.EMAIL : Consumers.MOBILE, ContactDirection.OUTBOUND,
                    step.outcome(), now);
            sent.add(new Sent(now, step.channel(), step.outcome()));
        }

        Statistics.label("contacts made").collect(sent.size() < 5 ? "under 5" : sent.size() < 15 ? "5 to 14" : "15+");

        for (ZoneId zone : consumer.zones()) {
            for (Sent contact : sent) {
                LocalTime local = contact.at().atZone(zone).toLocalTime();
                LocalTime end = contact.channel() == Channel.CALL ? LocalTime.of(20, 45) : LocalTime.of(21, 0);
                assertThat(local).as("local time in %s", zone).isBetween(LocalTime.of(8, 0), end);
                assertThat(local).isNotEqualTo(end);
            }
            for (LocalDate day : days(sent, zone)) {
                Predicate<Sent> out = contact -> !LedgerOutcomes.NOT_CONTACTED.contains(contact.outcome());
                for (Channel channel : List.of(Channel.SMS, Channel.EMAIL, Channel.CALL)) {
                    Predicate<Sent> inChannel = out.and(contact -> group(contact.channel()) == channel);
                    assertThat(count(sent, zone, day, 1, inChannel)).isLessThanOrEqualTo(CAPS.of(channel).daily());
                    assertThat(count(sent, zone, day, 7, inChannel)).isLessThanOrEqualTo(CAPS.of(channel).weekly());
                }
                assertThat(count(sent, zone, day, 1, out)).isLessThanOrEqualTo(CAPS.allChannels().daily());
                assertThat(count(sent, zone, day, 7, out)).isLessThanOrEqualTo(CAPS.allChannels().weekly());
                String state = consumer.state();
                if (state.equals("MA")) {
                    assertThat(count(sent, zone, day, 7, out.and(contact -> contact.channel() != Channel.EMAIL)))
                            .isLessThanOrEqualTo(2);
                }
                if (state.equals("WA")) {
                    assertThat(count(sent, zone, day, 7, out)).isLessThanOrEqualTo(3);
                }
                if (state.equals("NY")) {
                    assertThat(count(sent, zone, day, 7, contact -> true)).isLessThanOrEqualTo(3);
                }
            }
        }
    }

    private static Channel group(Channel channel) {
        return channel == Channel.VOICEMAIL ? Channel.CALL : channel;
    }

    private static Set<LocalDate> days(List<Sent> sent, ZoneId zone) {
        Set<LocalDate> days = new TreeSet<>();
        for (Sent contact : sent) {
            LocalDate day = contact.at().atZone(zone).toLocalDate();
            for (int i = 0; i < 7; i++) {
                days.add(day.plusDays(i));
            }
        }
        return days;
    }

    private static long count(List<Sent> sent, ZoneId zone, LocalDate lastDay, int days, Predicate<Sent> counted) {
        LocalDate firstDay = lastDay.minusDays(days - 1L);
        return sent.stream().filter(counted).filter(contact -> {
            LocalDate local = contact.at().atZone(zone).toLocalDate();
            return !local.isBefore(firstDay) && !local.isAfter(lastDay);
        }).count();
    }

    @Provide
    Arbitrary<Consumers> consumers() {
        Arbitrary<String[]> states = Arbitraries.of(new String[]{"MA", "02108"}, new String[]{"WA", "98101"},
                new String[]{"NY", "11201"}, new String[]{"CA", "90012"}, new String[]{"TX", "75201"});
        Arbitrary<List<String>> zones = Arbitraries.of(ZONES).list().ofMinSize(1).ofMaxSize(3).uniqueElements();
        return Combinators.combine(states, zones).as((state, zoneIds) -> new Consumers(state[0], state[1],
                zoneIds.stream().map(ZoneId::of).toList(), List.of(Consumers.MOBILE)));
    }

    @Provide
    Arbitrary<Instant> starts() {
        // around the spring-forward and fall-back weekends of 2026, and an ordinary January week
        Arbitrary<Instant> base = Arbitraries.of(Instant.parse("2026-03-03T12:00:00Z"),
                Instant.parse("2026-10-27T12:00:00Z"), Instant.parse("2026-01-10T12:00:00Z"));
        return Combinators.combine(base, Arbitraries.integers().between(0, 72))
                .as((instant, hours) -> instant.plus(Duration.ofHours(hours)));
    }

    @Provide
    Arbitrary<List<Step>> schedules() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.of(Channel.class),
                        Arbitraries.integers().between(1, 720), Arbitraries.of(OUTCOMES))
                .as(Step::new);
        return step.list().ofMinSize(5).ofMaxSize(60);
    }
}
