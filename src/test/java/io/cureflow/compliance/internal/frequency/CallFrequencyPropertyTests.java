package io.cureflow.compliance.internal.frequency;

import io.cureflow.account.CaseContact;
import io.cureflow.compliance.AttemptOutcome;
import io.cureflow.compliance.CallRecipient;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactDirection;
import io.cureflow.compliance.ContactProposal;
import io.cureflow.compliance.internal.ComplianceMessages;
import io.cureflow.compliance.internal.ComplianceRule;
import io.cureflow.compliance.internal.ConsumerLocation;
import io.cureflow.compliance.internal.ContactContext;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Whatever the schedule a caller wants, across zones and daylight-saving weeks: when it dials only what the frequency
 * rules allow, no debt ever has more than seven counted calls in seven consecutive local days, and no call follows a
 * conversation about its debt within seven local days, in any candidate zone.
 */
class CallFrequencyPropertyTests {

    static final List<List<ZoneId>> ZONES = List.of(
            List.of(ZoneId.of("America/New_York")),
            List.of(ZoneId.of("America/New_York"), ZoneId.of("America/Chicago")),
            List.of(ZoneId.of("America/Los_Angeles"), ZoneId.of("America/New_York")),
            List.of(ZoneId.of("America/Phoenix"), ZoneId.of("America/Denver")),
            List.of(ZoneId.of("Pacific/Honolulu"), ZoneId.of("America/Anchorage")));
    /** Weeks with a daylight-saving change in the US: March 8 and November 1, 2026. */
    static final List<Instant> STARTS = List.of(Instant.parse("2026-03-04T05:00:00Z"),
            Instant.parse("2026-10-28T04:00:00Z"), Instant.parse("2026-06-01T04:00:00Z"));
    static final List<AttemptOutcome> OUTCOMES = List.of(AttemptOutcome.CONVERSATION,
            AttemptOutcome.ANSWERED_NO_CONVERSATION, AttemptOutcome.VOICEMAIL_LEFT, AttemptOutcome.VOICEMAIL_NO_MESSAGE,
            AttemptOutcome.RING_NO_ANSWER, AttemptOutcome.RING_NO_ANSWER, AttemptOutcome.RING_NO_ANSWER,
            AttemptOutcome.BUSY, AttemptOutcome.NOT_IN_SERVICE, AttemptOutcome.SENT);
    static final List<String> NUMBERS = List.of("+12125550100", "+13125550101", "+14155550102");
    static final FrequencyProperties LAW = new FrequencyProperties(7, 7, 7, 7, Duration.ofMinutes(5), 3);

    record Wish(long minutesFromStart, int debt, int number, AttemptOutcome outcome, boolean inbound) {
    }

    record Recorded(long accountId, Instant at, boolean countsAsCall, boolean conversation, String number) {
    }

    static final class InMemoryHistory implements CallHistory {

        final List<Recorded> rows = new ArrayList<>();

        @Override
        public DebtHistory debt(long borrowerId, long accountId, Instant at) {
            Instant from = DebtHistory.from(at, LAW);
            Instant to = DebtHistory.to(at);
            return new DebtHistory(rows.stream()
                    .filter(row -> row.accountId() == accountId && !row.at().isBefore(from) && row.at().isBefore(to))
                    .filter(row -> row.countsAsCall() || row.conversation())
                    .map(row -> new DebtCall(row.at(), row.countsAsCall(), row.conversation()))
                    .toList(), List.of());
        }

        @Override
        public List<Instant> placedCalls(String contactPoint, Instant from, Instant to) {
            return rows.stream().filter(row -> row.number().equals(contactPoint) && row.countsAsCall())
                    .map(Recorded::at).filter(at -> !at.isBefore(from) && at.isBefore(to)).toList();
        }
    }

    @Provide
    Arbitrary<List<Wish>> schedules() {
        Arbitrary<Wish> wish = Combinators.combine(Arbitraries.longs().between(0, 21L * 24 * 60),
                Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, NUMBERS.size() - 1),
                Arbitraries.of(OUTCOMES), Arbitraries.of(false, false, false, false, false, true)).as(Wish::new);
        return wish.list().ofMinSize(10).ofMaxSize(120)
                .map(list -> list.stream().sorted(Comparator.comparingLong(Wish::minutesFromStart)).toList());
    }

    @Property(tries = 300)
    void aCallerThatDialsOnlyWhenAllowedStaysWithinBothProngs(@ForAll("schedules") List<Wish> schedule,
                                                             @ForAll("zoneSets") List<ZoneId> zones,
                                                             @ForAll("starts") Instant start) {
        InMemoryHistory history = new InMemoryHistory();
        ComplianceMessages messages = mock(ComplianceMessages.class, invocation -> "blocked");
        FrequencyRules prongs = new FrequencyRules();
        List<ComplianceRule> rules = List.of(prongs.callCountRule(history, LAW, messages),
                prongs.conversationPeriodRule(history, LAW, messages), new CallPatternRule(history, LAW, messages));
        ConsumerLocation location = new ConsumerLocation(null, zones, List.of(), zones, false);
        List<Recorded> dialled = new ArrayList<>();

        for (Wish wish : schedule) {
            Instant at = start.plus(wish.minutesFromStart(), ChronoUnit.MINUTES);
            long accountId = 100L + wish.debt();
            String number = NUMBERS.get(wish.number());
            boolean conversation = CallCounting.conversation(Channel.CALL, wish.outcome().name(),
                    CallRecipient.CONSUMER);
            if (wish.inbound()) {
                history.rows.add(new Recorded(accountId, at, false, conversation, number));
                continue;
            }
            ContactContext context = new ContactContext(new ContactProposal(accountId, Channel.CALL, number, at,
                    ContactProposal.Initiator.AGENT), contact(accountId), location, at);
            if (rules.stream().anyMatch(rule -> rule.evaluate(context).blocked())) {
                continue;
            }
            boolean counts = CallCounting.countsAsCall(Channel.CALL, ContactDirection.OUTBOUND,
                    wish.outcome().name(), CallRecipient.CONSUMER);
            Recorded call = new Recorded(accountId, at, counts, conversation, number);
            history.rows.add(call);
            dialled.add(call);
        }

        for (ZoneId zone : zones) {
            for (long accountId : List.of(100L, 101L)) {
                assertNoMoreThanSevenInAnySevenDays(history.rows, accountId, zone);
                assertNoCallWithinSevenDaysOfAConversation(history.rows, dialled, accountId, zone);
            }
        }
    }

    @Provide
    Arbitrary<List<ZoneId>> zoneSets() {
        return Arbitraries.of(ZONES);
    }

    @Provide
    Arbitrary<Instant> starts() {
        return Combinators.combine(Arbitraries.of(STARTS), Arbitraries.integers().between(0, 4))
                .as((start, days) -> start.plus(days, ChronoUnit.DAYS));
    }

    private static void assertNoMoreThanSevenInAnySevenDays(List<Recorded> rows, long accountId, ZoneId zone) {
        List<LocalDate> days = rows.stream().filter(row -> row.accountId() == accountId && row.countsAsCall())
                .map(row -> row.at().atZone(zone).toLocalDate()).toList();
        for (LocalDate first : days) {
            long inWindow = days.stream().filter(day -> !day.isBefore(first) && day.isBefore(first.plusDays(7)))
                    .count();
            assertThat(inWindow).as("calls about debt %d in the 7 days from %s in %s", accountId, first, zone)
                    .isLessThanOrEqualTo(7);
        }
    }

    private static void assertNoCallWithinSevenDaysOfAConversation(List<Recorded> rows, List<Recorded> dialled,
                                                                  long accountId, ZoneId zone) {
        for (Recorded conversation : rows) {
            if (conversation.accountId() != accountId || !conversation.conversation()) {
                continue;
            }
            LocalDate day1 = conversation.at().atZone(zone).toLocalDate();
            for (Recorded call : dialled) {
                if (call.accountId() == accountId && call.at().isAfter(conversation.at())) {
                    assertThat(call.at().atZone(zone).toLocalDate())
                            .as("call about debt %d after the conversation of %s in %s", accountId, day1, zone)
                            .isAfterOrEqualTo(day1.plusDays(7));
                }
            }
        }
    }

    private static CaseContact contact(long accountId) {
        return new CaseContact(accountId, accountId, "ACC-" + accountId, 7L, "Pat", "Doe", "en", null, null, null,
                List.of(), "Acme Bank", "CARD", BigDecimal.ONE, BigDecimal.ONE, "USD", 35);
    }
}
