package io.cureflow.compliance.internal;

import io.cureflow.account.CaseContact;
import io.cureflow.account.ContactPointView;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ComplianceDecision.Verdict;
import io.cureflow.compliance.ContactDirection;
import io.cureflow.compliance.ContactProposal;
import io.cureflow.compliance.ContactProposal.Initiator;
import io.cureflow.compliance.ContactRestriction;
import io.cureflow.compliance.RestrictionKind;
import io.cureflow.compliance.RestrictionSource;
import io.cureflow.compliance.internal.ComplianceEvaluator.Evaluation;
import io.cureflow.compliance.internal.InMemoryLedger.Row;
import io.cureflow.compliance.internal.caps.CapsProperties;
import io.cureflow.compliance.internal.states.StatesProperties;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A journey that contacts only when the gate allows, and otherwise waits for the gate's {@code nextAllowedAt}, never
 * breaks Reg F's call frequencies, the contact hours or the caps and state limits, whatever it wants to send: every
 * rule the application wires, with {@code application.yml}'s parameters and the real {@link ConsumerLocator}, over
 * random schedules of calls, voicemails, texts and emails with random outcomes and calls from the consumer, across the
 * March and November daylight-saving changes.
 * <p>
 * The checker below is written from the regulation and the configuration, not from the rules: it counts per local
 * calendar day in each zone the consumer's information points to, and those zones are written here by hand from the
 * address and the area codes, so a zone the locator missed shows up as a violation.
 */
class GateFollowingJourneyPropertyTests {

    /**
     * The configurations tried: {@code application.yml} as it is; with the New York City pack switched on; and with
     * call caps looser than Reg F, a policy a deployment may choose, under which the 7-in-7 limit per debt binds (with
     * the default call cap of 7 a week per person it never can).
     */
    enum Setup {
        APPLICATION(),
        NEW_YORK_CITY_PACK_ON("cureflow.compliance.states.nyc.enabled=true"),
        LOOSER_CALL_CAPS("cureflow.compliance.caps.call.daily=6", "cureflow.compliance.caps.call.weekly=21",
                "cureflow.compliance.caps.all-channels.daily=8", "cureflow.compliance.caps.all-channels.weekly=30",
                "cureflow.compliance.states.ma.enabled=false", "cureflow.compliance.states.wa.enabled=false");

        final ApplicationRuleSet rules;

        Setup(String... overrides) {
            rules = ApplicationRuleSet.fromApplicationYml(overrides);
        }
    }

    private static final long BORROWER = 700L;
    private static final String EMAIL = "pat@example.com";
    private static final ZoneId EASTERN = ZoneId.of("America/New_York");
    private static final ZoneId CENTRAL = ZoneId.of("America/Chicago");
    private static final ZoneId MOUNTAIN = ZoneId.of("America/Denver");
    private static final ZoneId ARIZONA = ZoneId.of("America/Phoenix");
    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

    /** Comment 14(b)(3)(ii)-1: a call that connects counts; a busy signal or a number not in service does not. */
    private static final Set<String> CONNECTED = Set.of("CONVERSATION", "ANSWERED_NO_CONVERSATION", "VOICEMAIL_LEFT",
            "VOICEMAIL_NO_MESSAGE", "RING_NO_ANSWER", "SENT", "DELIVERED");
    /** What did not reach the consumer, for the caps and the state packs that count communications. */
    private static final Set<String> DID_NOT_REACH = Set.of("FAILED", "BUSY", "NOT_IN_SERVICE");

    private static final List<String> CALL_OUTCOMES = List.of("CONVERSATION", "ANSWERED_NO_CONVERSATION",
            "VOICEMAIL_LEFT", "VOICEMAIL_NO_MESSAGE", "RING_NO_ANSWER", "RING_NO_ANSWER", "BUSY", "NOT_IN_SERVICE",
            "FAILED");
    private static final List<String> UNANSWERED_CALL_OUTCOMES = List.of("VOICEMAIL_LEFT", "VOICEMAIL_NO_MESSAGE",
            "RING_NO_ANSWER", "RING_NO_ANSWER", "BUSY");
    private static final List<String> VOICEMAIL_OUTCOMES = List.of("VOICEMAIL_LEFT", "SENT", "FAILED");
    private static final List<String> MESSAGE_OUTCOMES = List.of("SENT", "DELIVERED", "DELIVERED", "FAILED");

    record Phone(String number, String lineType) {
    }

    /** A consumer and the zones a person reading the file would list for them. */
    record Household(String description, String state, String zip, List<Phone> phones, List<ZoneId> zones) {

        CaseContact contact(int debt) {
            List<ContactPointView> points = new ArrayList<>();
            long id = 1;
            for (Phone phone : phones) {
                points.add(new ContactPointView(id++, ContactPointView.Kind.PHONE, phone.number(), phone.lineType(),
                        true, false));
            }
            points.add(new ContactPointView(id, ContactPointView.Kind.EMAIL, EMAIL, null, true, false));
            return new CaseContact(caseId(debt), accountId(debt), "ACC-" + debt, BORROWER, "Pat", "Doe", "en", state,
                    zip, null, points, "Acme Bank", "CARD", new BigDecimal("1200.00"), new BigDecimal("150.00"),
                    "USD", 35);
        }

        boolean landline(String number) {
            return phones.stream().anyMatch(phone -> phone.number().equals(number)
                    && phone.lineType().equals("LANDLINE"));
        }

        @Override
        public String toString() {
            return description;
        }
    }

    static long caseId(int debt) {
        return 10L + debt;
    }

    static long accountId(int debt) {
        return 100L + debt;
    }

    /** What the journey wants next; REPLY answers the consumer's latest contact through its medium, naming it. */
    enum Kind { OUTBOUND, CONSUMER_CALLS, CONSUMER_TEXTS, CONSUMER_EMAILS, REPLY }

    /**
     * Times the consumer called inconvenient before the schedule starts (comment 6(b)(1)-1), as restrictions and,
     * written again by hand for the checker, as a test of a local date and time.
     */
    enum Designation {
        NONE(List.of(), local -> false),
        WEEKDAYS_THREE_TO_FIVE_AND_WEEKENDS(List.of(
                window("15:00", "17:00", java.util.EnumSet.range(java.time.DayOfWeek.MONDAY,
                        java.time.DayOfWeek.FRIDAY)),
                window(null, null, java.util.EnumSet.of(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY))),
                local -> local.getDayOfWeek().getValue() >= 6
                        || (!local.toLocalTime().isBefore(LocalTime.of(15, 0))
                        && local.toLocalTime().isBefore(LocalTime.of(17, 0)))),
        ONLY_AFTER_SIX(List.of(window(null, "18:00", Set.of())),
                local -> local.toLocalTime().isBefore(LocalTime.of(18, 0))),
        NOT_ON_FRIDAYS(List.of(window(null, null, Set.of(java.time.DayOfWeek.FRIDAY))),
                local -> local.getDayOfWeek() == java.time.DayOfWeek.FRIDAY);

        final List<ContactRestriction> windows;
        final Predicate<java.time.LocalDateTime> inconvenient;

        Designation(List<ContactRestriction> windows, Predicate<java.time.LocalDateTime> inconvenient) {
            this.windows = windows;
            this.inconvenient = inconvenient;
        }

        private static ContactRestriction window(String from, String until, Set<java.time.DayOfWeek> days) {
            return new ContactRestriction(1L, RestrictionKind.INCONVENIENT_TIME, BORROWER, null, null, null,
                    from == null ? null : LocalTime.parse(from), until == null ? null : LocalTime.parse(until),
                    days, null, RestrictionSource.AGENT, "agent", Instant.parse("2026-01-01T00:00:00Z"), null, null,
                    null, null);
        }

        boolean at(Instant instant, List<ZoneId> zones) {
            return zones.stream().anyMatch(zone -> inconvenient.test(instant.atZone(zone).toLocalDateTime()));
        }
    }

    /** What the journey (or an agent) wants next, some minutes after the previous step. */
    record Step(int minutesLater, Kind kind, int debt, Channel channel, int phone, Initiator initiator, int outcome) {

        Step replying(Channel medium) {
            return new Step(minutesLater, kind, debt, medium, phone, initiator, outcome);
        }
    }

    /**
     * The seed is fixed: the coverage checks below need each limit to bind in a few of the 300 runs, which a random
     * seed does not always give (RF-01 binds only under the looser caps with a consumer who never answers), and CI must
     * not fail by chance. Run it with another seed ({@code -Djqwik.seeds.whenfixed=ALLOW} and a changed value, or by
     * removing the attribute locally) to explore further.
     */
    @Property(tries = 300, seed = "20261202")
    void aJourneyThatFollowsTheGateBreaksNoLimit(@ForAll("households") Household household,
                                                 @ForAll("starts") Instant start,
                                                 @ForAll("schedules") List<Step> schedule,
                                                 @ForAll("setups") Setup setup,
                                                 @ForAll boolean consumerNeverAnswers,
                                                 @ForAll Designation designation) {
        ApplicationRuleSet application = setup.rules;
        InMemoryLedger ledger = new InMemoryLedger();
        ComplianceEvaluator gate = application.evaluator(ledger, () -> designation.windows);
        ConsumerLocator locator = application.locator();
        int waited = 0;
        int made = 0;
        Set<String> blockedBy = new java.util.TreeSet<>();

        Instant now = start;
        for (Step step : schedule) {
            now = now.plus(Duration.ofMinutes(step.minutesLater()));
            CaseContact contact = household.contact(step.debt());
            String phone = household.phones().get(step.phone() % household.phones().size()).number();
            if (step.kind() == Kind.CONSUMER_CALLS && !consumerNeverAnswers) {
                String outcome = step.outcome() % 3 == 0 ? "ANSWERED_NO_CONVERSATION" : "CONVERSATION";
                ledger.record(contact.caseId(), BORROWER, contact.accountId(), Channel.CALL, phone,
                        ContactDirection.INBOUND, outcome, now);
                continue;
            }
            if (step.kind() == Kind.CONSUMER_TEXTS || step.kind() == Kind.CONSUMER_EMAILS) {
                boolean text = step.kind() == Kind.CONSUMER_TEXTS;
                ledger.record(contact.caseId(), BORROWER, contact.accountId(), text ? Channel.SMS : Channel.EMAIL,
                        text ? phone : EMAIL, ContactDirection.INBOUND, "RECEIVED", now);
                continue;
            }
            Long inResponseTo = null;
            String point = step.channel() == Channel.EMAIL ? EMAIL : phone;
            if (step.kind() == Kind.REPLY) {
                Row latest = latestConsumerContact(ledger);
                if (latest == null || latest.accountId() != contact.accountId()) {
                    continue;
                }
                inResponseTo = latest.id();
                point = latest.contactPoint();
                step = step.replying(latest.channel());
            } else if (step.kind() != Kind.OUTBOUND) {
                continue;
            }
            Evaluation decision = evaluate(gate, locator, contact, step, point, now, inResponseTo);
            decision.outcomes().stream().filter(outcome -> outcome.result().blocked())
                    .forEach(outcome -> blockedBy.add(outcome.ruleId()));
            for (int wait = 0; decision.verdict() == Verdict.BLOCK && decision.nextAllowedAt() != null && wait < 3;
                 wait++) {
                assertThat(decision.nextAllowedAt()).isAfter(now);
                now = decision.nextAllowedAt();
                waited++;
                decision = evaluate(gate, locator, contact, step, point, now, inResponseTo);
            }
            if (decision.verdict() != Verdict.ALLOW) {
                continue;
            }
            ledger.record(contact.caseId(), BORROWER, contact.accountId(), step.channel(), point,
                    ContactDirection.OUTBOUND, outcome(step, consumerNeverAnswers), now,
                    step.initiator() == Initiator.AUTOMATED);
            made++;
        }

        Statistics.label("contacts made").collect(made < 10 ? "under 10" : made < 25 ? "10 to 24" : "25+");
        for (String rule : List.of("RF-01", "RF-02", "RF-07", "RF-08", "RF-12", "RF-15", "MA-01", "WA-01", "NYC-02",
                "TC-06")) {
            Statistics.label(rule + " blocked in the run").collect(blockedBy.contains(rule));
        }
        // the limits under test must actually bind in some runs, or the checks below prove nothing
        for (String rule : List.of("RF-01", "RF-02", "RF-08", "RF-12", "RF-15")) {
            Statistics.label(rule + " blocked in the run")
                    .coverage(coverage -> coverage.check(true).count(runs -> runs >= 3));
        }
        Statistics.label("waits for nextAllowedAt").collect(waited == 0 ? "none" : waited < 10 ? "1 to 9" : "10+");

        List<Row> rows = ledger.rows();
        boolean respondedInADesignatedTime = rows.stream().anyMatch(row -> row.direction() == ContactDirection.OUTBOUND
                && designation.at(row.at(), household.zones()));
        Statistics.label("a response went out at a designated time").collect(respondedInADesignatedTime);
        Statistics.label("a response went out at a designated time")
                .coverage(coverage -> coverage.check(true).count(runs -> runs >= 1));
        for (ZoneId zone : household.zones()) {
            new Checker(rows, zone, household, application.caps(), application.states()).check();
        }
        checkDesignatedTimes(rows, designation, household.zones());
    }

    private static Row latestConsumerContact(InMemoryLedger ledger) {
        List<Row> rows = ledger.rows();
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i).direction() == ContactDirection.INBOUND) {
                return rows.get(i);
            }
        }
        return null;
    }

    /**
     * §1006.6(b)(1)(i) and comment 6(b)(1)-2: nothing goes out at a time the consumer called inconvenient (in any zone
     * the consumer may be in), except one response to a contact the consumer made at such a time, through the same
     * medium, before a convenient moment has come.
     */
    private static void checkDesignatedTimes(List<Row> rows, Designation designation, List<ZoneId> zones) {
        for (Row sent : rows) {
            if (sent.direction() != ContactDirection.OUTBOUND || !designation.at(sent.at(), zones)) {
                continue;
            }
            boolean answersOne = rows.stream().anyMatch(contact -> contact.direction() == ContactDirection.INBOUND
                    && !contact.at().isAfter(sent.at()) && sameMedium(contact, sent)
                    && designation.at(contact.at(), zones)
                    && inconvenientThroughout(designation, zones, contact.at(), sent.at())
                    && rows.stream().noneMatch(other -> other.direction() == ContactDirection.OUTBOUND
                    && other.id() < sent.id() && other.at().isAfter(contact.at()) && sameMedium(contact, other)));
            assertThat(answersOne).as("%s at %s, a designated inconvenient time (%s), answers no consumer contact",
                    sent.channel(), sent.at(), designation).isTrue();
        }
    }

    private static boolean sameMedium(Row a, Row b) {
        return medium(a.channel()) == medium(b.channel()) && a.contactPoint().equals(b.contactPoint());
    }

    private static Channel medium(Channel channel) {
        return channel == Channel.VOICEMAIL ? Channel.CALL : channel;
    }

    private static boolean inconvenientThroughout(Designation designation, List<ZoneId> zones, Instant from,
                                                  Instant to) {
        for (Instant minute = from; !minute.isAfter(to); minute = minute.plus(Duration.ofMinutes(1))) {
            if (!designation.at(minute, zones)) {
                return false;
            }
        }
        return true;
    }

    private static Evaluation evaluate(ComplianceEvaluator gate, ConsumerLocator locator, CaseContact contact,
                                       Step step, String point, Instant at, Long inResponseTo) {
        ContactProposal proposal = new ContactProposal(contact.caseId(), step.channel(), point, at, step.initiator(),
                inResponseTo);
        return gate.evaluate(new ContactContext(proposal, contact, locator.locate(contact, proposal), at));
    }

    private static String outcome(Step step, boolean consumerNeverAnswers) {
        List<String> outcomes = switch (step.channel()) {
            case CALL -> consumerNeverAnswers ? UNANSWERED_CALL_OUTCOMES : CALL_OUTCOMES;
            case VOICEMAIL -> VOICEMAIL_OUTCOMES;
            case SMS, EMAIL -> MESSAGE_OUTCOMES;
        };
        return outcomes.get(step.outcome() % outcomes.size());
    }

    /** The limits, counted in local calendar days of one zone. */
    private record Checker(List<Row> rows, ZoneId zone, Household household, CapsProperties caps,
                           StatesProperties states) {

        void check() {
            List<Row> outbound = rows.stream().filter(row -> row.direction() == ContactDirection.OUTBOUND).toList();
            checkHours(outbound);
            List<LocalDate> days = days(outbound);
            for (int debt = 0; debt < 2; debt++) {
                long account = accountId(debt);
                checkSevenCallsInSevenDays(outbound, account, days);
                checkSevenDaysAfterAConversation(outbound, account);
            }
            checkCaps(outbound, days);
            checkStatePacks(outbound, days);
            checkPrerecordedLandlineCalls(outbound, days);
        }

        /** §1006.6(b)(1)(i): not before 08:00 nor from 21:00 on, every medium; calls start before 20:45 (policy). */
        private void checkHours(List<Row> outbound) {
            for (Row row : outbound) {
                LocalTime local = row.at().atZone(zone).toLocalTime();
                assertThat(local).as("%s at %s in %s", row.channel(), row.at(), zone)
                        .isAfterOrEqualTo(LocalTime.of(8, 0)).isBefore(LocalTime.of(21, 0));
                if (row.channel() == Channel.CALL) {
                    assertThat(local).as("call start at %s in %s", row.at(), zone).isBefore(LocalTime.of(20, 45));
                }
                if (household.state().equals("WA")) {
                    assertThat(local).as("RCW 19.16.250(13) at the residence").isAfterOrEqualTo(LocalTime.of(7, 30));
                }
            }
        }

        /** §1006.14(b)(2)(i)(A), comment 14(b)(2)(i)-1.i: at most 7 connected calls in 7 consecutive days. */
        private void checkSevenCallsInSevenDays(List<Row> outbound, long account, List<LocalDate> days) {
            Predicate<Row> counted = row -> row.accountId() == account && telephoneCall(row)
                    && CONNECTED.contains(row.outcome());
            for (LocalDate day : days) {
                assertThat(count(outbound, day, 7, counted))
                        .as("calls about debt %d in the 7 days ending %s in %s", account, day, zone)
                        .isLessThanOrEqualTo(7);
            }
        }

        /**
         * §1006.14(b)(2)(i)(B), comment 14(b)(2)(i)-1.ii: no call within 7 days after a conversation, its date being
         * day 1; a conversation the consumer started counts (catalogue E11). The gate cannot know whether a call will
         * connect, so every call placed counts here.
         */
        private void checkSevenDaysAfterAConversation(List<Row> outbound, long account) {
            for (Row conversation : rows) {
                if (conversation.accountId() != account || conversation.channel() != Channel.CALL
                        || !conversation.outcome().equals("CONVERSATION")) {
                    continue;
                }
                LocalDate dayOne = conversation.at().atZone(zone).toLocalDate();
                for (Row call : outbound) {
                    if (call.accountId() == account && telephoneCall(call) && call.at().isAfter(conversation.at())) {
                        assertThat(call.at().atZone(zone).toLocalDate())
                                .as("call about debt %d at %s after the conversation of %s (%s) in %s", account,
                                        call.at(), dayOne, conversation.direction(), zone)
                                .isAfterOrEqualTo(dayOne.plusDays(7));
                    }
                }
            }
        }

        /** RF-08 caps per person, per channel (voicemails with calls) and across channels, per day and per 7 days. */
        private void checkCaps(List<Row> outbound, List<LocalDate> days) {
            Predicate<Row> reached = row -> !DID_NOT_REACH.contains(row.outcome());
            for (LocalDate day : days) {
                for (Channel channel : List.of(Channel.SMS, Channel.EMAIL, Channel.CALL)) {
                    Predicate<Row> inChannel = reached.and(row -> (row.channel() == Channel.VOICEMAIL
                            ? Channel.CALL : row.channel()) == channel);
                    assertThat(count(outbound, day, 1, inChannel)).as("%s on %s in %s", channel, day, zone)
                            .isLessThanOrEqualTo(caps.of(channel).daily());
                    assertThat(count(outbound, day, 7, inChannel)).as("%s in 7 days to %s in %s", channel, day, zone)
                            .isLessThanOrEqualTo(caps.of(channel).weekly());
                }
                assertThat(count(outbound, day, 1, reached)).as("contacts on %s in %s", day, zone)
                        .isLessThanOrEqualTo(caps.allChannels().daily());
                assertThat(count(outbound, day, 7, reached)).as("contacts in 7 days to %s in %s", day, zone)
                        .isLessThanOrEqualTo(caps.allChannels().weekly());
            }
        }

        /**
         * 940 CMR 7.04(1)(f) / 209 CMR 18.16(1)(d): 2 telephone communications (texts included) per debt per 7 days;
         * RCW 19.16.250(13): 3 communications per week, all media; 6 RCNY 5-77: 3 attempts per 7 days, all media.
         */
        private void checkStatePacks(List<Row> outbound, List<LocalDate> days) {
            Predicate<Row> reached = row -> !DID_NOT_REACH.contains(row.outcome());
            for (LocalDate day : days) {
                if (household.state().equals("MA") && states.ma().enabled()) {
                    for (int debt = 0; debt < 2; debt++) {
                        long account = accountId(debt);
                        assertThat(count(outbound, day, 7, reached.and(row -> row.accountId() == account
                                && row.channel() != Channel.EMAIL)))
                                .as("Massachusetts, debt %d, 7 days to %s in %s", account, day, zone)
                                .isLessThanOrEqualTo(2);
                    }
                }
                if (household.state().equals("WA") && states.wa().enabled()) {
                    assertThat(count(outbound, day, 7, reached)).as("Washington, 7 days to %s in %s", day, zone)
                            .isLessThanOrEqualTo(3);
                }
                if (states.nyc().enabled() && household.description().contains("New York City")) {
                    assertThat(count(outbound, day, 7, row -> true)).as("New York City, 7 days to %s in %s", day,
                            zone).isLessThanOrEqualTo(3);
                }
            }
        }

        /** 47 CFR 64.1200(a)(3)(ii): 3 prerecorded calls to a residential landline within 30 consecutive days. */
        private void checkPrerecordedLandlineCalls(List<Row> outbound, List<LocalDate> days) {
            for (Phone phone : household.phones()) {
                if (!household.landline(phone.number())) {
                    continue;
                }
                for (LocalDate day : days) {
                    assertThat(count(outbound, day, 30, row -> telephoneCall(row)
                            && phone.number().equals(row.contactPoint()) && row.automated()))
                            .as("prerecorded calls to the landline, 30 days to %s in %s", day, zone)
                            .isLessThanOrEqualTo(3);
                }
            }
        }

        private static boolean telephoneCall(Row row) {
            return row.channel() == Channel.CALL || row.channel() == Channel.VOICEMAIL;
        }

        private List<LocalDate> days(List<Row> outbound) {
            if (outbound.isEmpty()) {
                return List.of();
            }
            LocalDate first = outbound.get(0).at().atZone(zone).toLocalDate();
            LocalDate last = outbound.get(outbound.size() - 1).at().atZone(zone).toLocalDate().plusDays(30);
            List<LocalDate> days = new ArrayList<>();
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                days.add(day);
            }
            return days;
        }

        private long count(List<Row> outbound, LocalDate lastDay, int length, Predicate<Row> counted) {
            LocalDate firstDay = lastDay.minusDays(length - 1L);
            return outbound.stream().filter(counted).filter(row -> {
                LocalDate local = row.at().atZone(zone).toLocalDate();
                return !local.isBefore(firstDay) && !local.isAfter(lastDay);
            }).count();
        }
    }

    @Provide
    Arbitrary<Setup> setups() {
        return Arbitraries.frequency(Tuple.of(2, Setup.APPLICATION), Tuple.of(1, Setup.NEW_YORK_CITY_PACK_ON),
                Tuple.of(2, Setup.LOOSER_CALL_CAPS));
    }

    @Provide
    Arbitrary<Household> households() {
        return Arbitraries.of(
                new Household("Knox, Indiana (ZIP 465 straddles the line) with a Manhattan mobile", "IN", "46534",
                        List.of(new Phone("+12125550101", "MOBILE")), List.of(EASTERN, CENTRAL)),
                new Household("Seattle, Washington, with a New York mobile", "WA", "98101",
                        List.of(new Phone("+12125550102", "MOBILE")), List.of(PACIFIC, EASTERN)),
                new Household("Boston, Massachusetts, with a Denver landline", "MA", "02108",
                        List.of(new Phone("+16175550103", "MOBILE"), new Phone("+13035550104", "LANDLINE")),
                        List.of(EASTERN, MOUNTAIN)),
                new Household("Phoenix, Arizona (no daylight saving), with a Chicago mobile", "AZ", "85004",
                        List.of(new Phone("+13125550105", "MOBILE")), List.of(ARIZONA, CENTRAL)),
                new Household("Brooklyn, New York City, mobile and landline", "NY", "11201",
                        List.of(new Phone("+17185550106", "MOBILE"), new Phone("+12125550107", "LANDLINE")),
                        List.of(EASTERN)),
                new Household("El Paso, Texas (Mountain), with a Dallas mobile", "TX", "79901",
                        List.of(new Phone("+12145550108", "MOBILE")), List.of(MOUNTAIN, CENTRAL)),
                new Household("Port St. Joe, Florida (ZIP 324 straddles the line), landline only", "FL", "32456",
                        List.of(new Phone("+18505550109", "LANDLINE")), List.of(EASTERN, CENTRAL)));
    }

    @Provide
    Arbitrary<Instant> starts() {
        // the week before the spring-forward Sunday (8 March 2026) and the fall-back Sunday (1 November 2026), and June
        Arbitrary<Instant> base = Arbitraries.of(Instant.parse("2026-03-02T05:00:00Z"),
                Instant.parse("2026-10-26T04:00:00Z"), Instant.parse("2026-06-01T04:00:00Z"));
        return Combinators.combine(base, Arbitraries.integers().between(0, 5 * 24))
                .as((instant, hours) -> instant.plus(Duration.ofHours(hours)));
    }

    @Provide
    Arbitrary<List<Step>> schedules() {
        Arbitrary<Integer> gaps = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(1, 30)),
                Tuple.of(5, Arbitraries.integers().between(31, 240)),
                Tuple.of(2, Arbitraries.integers().between(241, 1440)));
        Arbitrary<Kind> kinds = Arbitraries.frequency(Tuple.of(10, Kind.OUTBOUND),
                Tuple.of(1, Kind.CONSUMER_CALLS), Tuple.of(1, Kind.CONSUMER_TEXTS), Tuple.of(1, Kind.CONSUMER_EMAILS),
                Tuple.of(2, Kind.REPLY));
        Arbitrary<Channel> channels = Arbitraries.frequency(Tuple.of(6, Channel.CALL),
                Tuple.of(1, Channel.VOICEMAIL), Tuple.of(2, Channel.SMS),
                Tuple.of(2, Channel.EMAIL));
        Arbitrary<Integer> debts = Arbitraries.frequency(Tuple.of(4, 0), Tuple.of(1, 1));
        Arbitrary<Step> step = Combinators.combine(gaps, kinds, debts, channels,
                        Arbitraries.integers().between(0, 1), Arbitraries.of(Initiator.class),
                        Arbitraries.integers().between(0, 35))
                .as(Step::new);
        return step.list().ofMinSize(10).ofMaxSize(120);
    }
}
