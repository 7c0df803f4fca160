package io.cureflow.compliance.internal.stops;

import io.cureflow.account.AccountView;
import io.cureflow.account.CaseContact;
import io.cureflow.account.CaseService;
import io.cureflow.account.CaseStatus;
import io.cureflow.account.CaseView;
import io.cureflow.account.ContactPointView;
import io.cureflow.account.UnknownAccountException;
import io.cureflow.compliance.AutomatedContactStopped;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ComplianceDecision;
import io.cureflow.compliance.ComplianceReason;
import io.cureflow.compliance.ConsentRevocations;
import io.cureflow.compliance.ContactComplianceGate;
import io.cureflow.compliance.ContactLedger;
import io.cureflow.compliance.ContactProposal;
import io.cureflow.compliance.ContactProposal.Initiator;
import io.cureflow.compliance.ContactRestriction;
import io.cureflow.compliance.ContactRestrictions;
import io.cureflow.compliance.InvalidRestrictionException;
import io.cureflow.compliance.NewRestriction;
import io.cureflow.compliance.RestrictionAlreadyLiftedException;
import io.cureflow.compliance.RestrictionKind;
import io.cureflow.compliance.RestrictionSource;
import io.cureflow.compliance.RevocationOutcome;
import io.cureflow.compliance.UnknownRestrictionException;
import io.cureflow.compliance.WrongNumbers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

/**
 * The restriction store with the compliance gate as the application wires them: what is recorded blocks the next
 * evaluation, what is lifted no longer does, stops are announced per open case.
 */
@ApplicationModuleTest
@RecordApplicationEvents
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:compliance-restrictions;DB_CLOSE_DELAY=-1")
class ContactRestrictionsModuleTests {

    // 13:00 in Chicago on a Wednesday: within contact hours
    static final Instant WEDNESDAY_AFTERNOON = Instant.parse("2026-11-18T19:00:00Z");

    @MockitoBean
    CaseService cases;

    @Autowired
    ContactRestrictions restrictions;

    @Autowired
    ConsentRevocations revocations;

    @Autowired
    ContactComplianceGate gate;

    @Autowired
    WrongNumbers wrongNumbers;

    @Autowired
    ContactLedger ledger;

    @Autowired
    ApplicationEvents events;

    long borrowerId;
    long accountId;
    long otherAccountId;
    long caseId;
    long otherCaseId;
    String mobile;
    String landline;

    @BeforeEach
    void aBorrowerWithTwoDebtsAndAnOpenCaseOnEach() {
        long base = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000) * 10;
        borrowerId = base;
        accountId = base + 1;
        otherAccountId = base + 2;
        caseId = base + 3;
        otherCaseId = base + 4;
        mobile = "+1312555" + String.format("%04d", base % 10_000);
        landline = "+1312556" + String.format("%04d", base % 10_000);
        stubAccount(accountId, caseId);
        stubAccount(otherAccountId, otherCaseId);
        when(cases.openCasesOfBorrower(borrowerId)).thenReturn(List.of(view(caseId, accountId),
                view(otherCaseId, otherAccountId)));
    }

    private void stubAccount(long account, long openCase) {
        when(cases.findAccountById(account)).thenReturn(Optional.of(new AccountView(account, "ACC-" + account,
                borrowerId, "USD", BigDecimal.TEN, BigDecimal.ONE, 35, openCase)));
        when(cases.findCase(openCase)).thenReturn(Optional.of(view(openCase, account)));
        List<ContactPointView> points = List.of(
                new ContactPointView(1, ContactPointView.Kind.PHONE, mobile, "MOBILE", true, false),
                new ContactPointView(2, ContactPointView.Kind.PHONE, landline, "LANDLINE", true, false),
                new ContactPointView(3, ContactPointView.Kind.EMAIL, "pat@example.com", null, true, false));
        when(cases.contactOf(openCase)).thenReturn(new CaseContact(openCase, account, "ACC-" + account, borrowerId,
                "Pat", "Doe", "en", "IL", "60601", null, points, "Acme Bank", "CARD", BigDecimal.TEN, BigDecimal.ONE,
                "USD", 35));
    }

    private CaseView view(long openCase, long account) {
        return new CaseView(openCase, account, "ACC-" + account, borrowerId, "Pat Doe", "Acme Bank", "CARD",
                BigDecimal.TEN, BigDecimal.ONE, "USD", null, 35, CaseStatus.OPEN, null, null, null, null);
    }

    private ContactRestriction record(RestrictionKind kind, Channel channel, String point) {
        return restrictions.record(NewRestriction.of(kind, accountId, channel, point, RestrictionSource.AGENT,
                "agent", "heard on a call"));
    }

    private ComplianceDecision text(long onCase) {
        return gate.evaluate(new ContactProposal(onCase, Channel.SMS, mobile, WEDNESDAY_AFTERNOON));
    }

    private static List<String> rules(ComplianceDecision decision) {
        return decision.reasons().stream().map(ComplianceReason::rule).toList();
    }

    @Test
    void underRevokeAllARevocationOfASharedLineCoversTheOtherBorrowersMatter() {
        long neighbour = borrowerId + 5;
        long neighbourAccount = borrowerId + 6;
        long neighbourCase = borrowerId + 7;
        when(cases.contactOf(neighbourCase)).thenReturn(new CaseContact(neighbourCase, neighbourAccount,
                "ACC-" + neighbourAccount, neighbour, "Sam", "Doe", "en", "IL", "60601", null,
                List.of(new ContactPointView(9, ContactPointView.Kind.PHONE, landline, "LANDLINE", true, false)),
                "Acme Bank", "CARD", BigDecimal.TEN, BigDecimal.ONE, "USD", 35));
        record(RestrictionKind.CONSENT_REVOKED, Channel.SMS, landline);

        ComplianceDecision during = gate.evaluate(new ContactProposal(neighbourCase, Channel.CALL, landline,
                WEDNESDAY_AFTERNOON));
        ComplianceDecision after = gate.evaluate(new ContactProposal(neighbourCase, Channel.CALL, landline,
                Instant.parse("2027-02-03T19:00:00Z")));

        assertThat(rules(during)).as("the FCC's waiver runs until 2027-01-31").doesNotContain("TC-04");
        assertThat(rules(after)).containsExactly("TC-04");
        assertThat(after.nextAllowedAt()).isNull();
    }

    @Test
    void aCeaseBlocksTheNextEvaluationOfItsDebtAndStopsAutomation() {
        assertThat(text(caseId).allowed()).isTrue();

        ContactRestriction cease = record(RestrictionKind.CEASE, null, null);
        ComplianceDecision after = text(caseId);

        assertThat(cease.accountId()).isEqualTo(accountId);
        assertThat(after.allowed()).isFalse();
        assertThat(after.stopsAutomation()).isTrue();
        assertThat(after.nextAllowedAt()).isNull();
        assertThat(rules(after)).containsExactly("RF-20");
        assertThat(text(otherCaseId).allowed()).isTrue();
        assertThat(events.stream(AutomatedContactStopped.class))
                .containsExactly(new AutomatedContactStopped(caseId, "RF-20"));
    }

    @Test
    void aBankruptcyCoversEveryDebtAndStopsEveryOpenCase() {
        ContactRestriction bankruptcy = record(RestrictionKind.BANKRUPTCY, null, null);

        assertThat(bankruptcy.accountId()).isNull();
        assertThat(text(otherCaseId).stopsAutomation()).isTrue();
        assertThat(events.stream(AutomatedContactStopped.class)).containsExactlyInAnyOrder(
                new AutomatedContactStopped(caseId, "SP-BK-01"), new AutomatedContactStopped(otherCaseId, "SP-BK-01"));
    }

    @Test
    void aHardshipStopsAutomatedContactAboutItsDebtOnly() {
        ContactRestriction hardship = record(RestrictionKind.HARDSHIP, null, null);
        ComplianceDecision after = text(caseId);

        assertThat(hardship.accountId()).isEqualTo(accountId);
        assertThat(after.stopsAutomation()).isTrue();
        assertThat(rules(after)).containsExactly("SP-HS-01");
        assertThat(text(otherCaseId).allowed()).isTrue();
        assertThat(events.stream(AutomatedContactStopped.class))
                .containsExactly(new AutomatedContactStopped(caseId, "SP-HS-01"));
    }

    @Test
    void aWrongNumberReportedByAReplyClosesThatNumberOnEveryChannel() {
        wrongNumbers.report(caseId, mobile, RestrictionSource.INBOUND_SMS, WEDNESDAY_AFTERNOON, "reply-classifier",
                "Reply message 5 read as wrong_number");

        assertThat(text(caseId).allowed()).isFalse();
        assertThat(text(otherCaseId).allowed()).isFalse();
        assertThat(gate.evaluate(new ContactProposal(caseId, Channel.CALL, mobile, WEDNESDAY_AFTERNOON)).allowed())
                .isFalse();
        assertThat(restrictions.ofAccount(accountId)).singleElement().satisfies(optOut -> {
            assertThat(optOut.kind()).isEqualTo(RestrictionKind.OPT_OUT);
            assertThat(optOut.channel()).isNull();
            assertThat(optOut.contactPoint()).isEqualTo(mobile);
        });
        assertThat(events.stream(AutomatedContactStopped.class)).isEmpty();
    }

    @Test
    void aLiftedStopNoLongerBlocksAndKeepsWhoLiftedItAndWhy() {
        ContactRestriction attorney = record(RestrictionKind.ATTORNEY, null, null);

        ContactRestriction lifted = restrictions.lift(attorney.id(), "attorney withdrew, letter of 12 Nov", "manager");

        assertThat(lifted.lifted()).isTrue();
        assertThat(lifted.liftedBy()).isEqualTo("manager");
        assertThat(lifted.liftReason()).isEqualTo("attorney withdrew, letter of 12 Nov");
        assertThat(lifted.liftedAt()).isNotNull();
        assertThat(text(caseId).allowed()).isTrue();
        assertThatThrownBy(() -> restrictions.lift(attorney.id(), "again", "manager"))
                .isInstanceOf(RestrictionAlreadyLiftedException.class);
    }

    @Test
    void aDisputeIsLiftedOnlyOnceVerificationWasSent() {
        ContactRestriction dispute = record(RestrictionKind.DISPUTE, null, null);

        assertThatThrownBy(() -> restrictions.lift(dispute.id(), "consumer calmed down", "manager"))
                .isInstanceOfSatisfying(InvalidRestrictionException.class, e -> assertThat(e.problems())
                        .extracting(InvalidRestrictionException.Problem::field).containsExactly("reason"));
        assertThat(text(caseId).stopsAutomation()).isTrue();

        restrictions.lift(dispute.id(), "Verification sent by mail on 2026-11-17", "manager");

        assertThat(text(caseId).allowed()).isTrue();
    }

    @Test
    void anOptOutOfOneNumberClosesItForEveryDebtWithoutStoppingTheCase() {
        record(RestrictionKind.OPT_OUT, Channel.SMS, mobile);

        ComplianceDecision decision = text(otherCaseId);

        assertThat(rules(decision)).containsExactly("RF-09");
        assertThat(decision.permanent()).isTrue();
        assertThat(decision.stopsAutomation()).isFalse();
        assertThat(events.stream(AutomatedContactStopped.class)).isEmpty();
    }

    @Test
    void anInconvenientTimeMakesTheGateWaitForTheFirstInstantEveryRuleAllows() {
        restrictions.record(new NewRestriction(RestrictionKind.INCONVENIENT_TIME, accountId, false, null, null,
                LocalTime.of(12, 0), LocalTime.of(20, 30), Set.of(DayOfWeek.WEDNESDAY), null, RestrictionSource.AGENT,
                "agent", "not on Wednesday afternoons"));

        ComplianceDecision decision = text(caseId);

        // an Illinois address and a 312 number: Chicago only; free at 20:30, half an hour before contact hours end
        assertThat(rules(decision)).containsExactly("RF-15");
        assertThat(decision.nextAllowedAt()).isEqualTo(Instant.parse("2026-11-19T02:30:00Z"));
    }

    @Test
    void aStopReplyOptsOutOfTextsRevokesConsentAndAsksForOneConfirmation() {
        RevocationOutcome first = revocations.fromInboundText(caseId, Channel.SMS, mobile, "Stop please",
                WEDNESDAY_AFTERNOON);
        RevocationOutcome second = revocations.fromInboundText(caseId, Channel.SMS, mobile, "STOP",
                WEDNESDAY_AFTERNOON);

        assertThat(first).isEqualTo(new RevocationOutcome(true, true));
        assertThat(second).isEqualTo(new RevocationOutcome(true, false));
        assertThat(restrictions.ofAccount(accountId)).extracting(ContactRestriction::kind, ContactRestriction::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RestrictionKind.OPT_OUT,
                                RestrictionSource.INBOUND_SMS),
                        org.assertj.core.groups.Tuple.tuple(RestrictionKind.CONSENT_REVOKED,
                                RestrictionSource.INBOUND_SMS));
        assertThat(rules(text(caseId))).containsExactlyInAnyOrder("RF-09", "TC-03");
        ComplianceDecision agentCall = gate.evaluate(new ContactProposal(caseId, Channel.CALL, mobile,
                WEDNESDAY_AFTERNOON, Initiator.AGENT));
        assertThat(agentCall.allowed()).isTrue();
    }

    @Test
    void aReplyThatIsNotAKeywordRevokesNothing() {
        RevocationOutcome outcome = revocations.fromInboundText(caseId, Channel.SMS, mobile,
                "I will stop by the branch", WEDNESDAY_AFTERNOON);

        assertThat(outcome).isEqualTo(RevocationOutcome.NONE);
        assertThat(restrictions.ofAccount(accountId)).isEmpty();
    }

    @Test
    void anEmailReplyWithStopInTheSubjectOptsOutOfThatAddressOnly() {
        RevocationOutcome outcome = revocations.fromInboundText(caseId, Channel.EMAIL, "Pat@Example.com",
                "Re: STOP\n\nOn Monday you wrote", WEDNESDAY_AFTERNOON);

        assertThat(outcome).isEqualTo(new RevocationOutcome(true, false));
        assertThat(restrictions.ofAccount(accountId)).singleElement().satisfies(optOut -> {
            assertThat(optOut.kind()).isEqualTo(RestrictionKind.OPT_OUT);
            assertThat(optOut.channel()).isEqualTo(Channel.EMAIL);
            assertThat(optOut.contactPoint()).isEqualTo("pat@example.com");
        });
        assertThat(gate.evaluate(new ContactProposal(caseId, Channel.EMAIL, "pat@example.com",
                WEDNESDAY_AFTERNOON)).reasons()).extracting(ComplianceReason::rule).containsExactly("RF-09");
    }

    @Test
    void theFourthPrerecordedCallToALandlineIn30DaysWaits() {
        for (String day : List.of("2026-11-02", "2026-11-09", "2026-11-16")) {
            ledger.record(caseId, Channel.CALL, landline, "SENT", null, Instant.parse(day + "T16:00:00Z"));
        }
        ledger.record(caseId, Channel.CALL, landline, "BLOCKED", null, Instant.parse("2026-11-17T16:00:00Z"));

        ComplianceDecision fourth = gate.evaluate(new ContactProposal(caseId, Channel.CALL, landline,
                WEDNESDAY_AFTERNOON));

        assertThat(rules(fourth)).containsExactly("TC-06");
        assertThat(fourth.nextAllowedAt()).isAfter(Instant.parse("2026-12-02T00:00:00Z"));
    }

    @Test
    void listsTheRestrictionsOfAnAccountWithThoseOfTheWholeBorrowerActiveAndLifted() {
        ContactRestriction cease = record(RestrictionKind.CEASE, null, null);
        ContactRestriction deceased = record(RestrictionKind.DECEASED, null, null);
        restrictions.lift(cease.id(), "sent in error", "manager");
        restrictions.record(NewRestriction.of(RestrictionKind.CEASE, otherAccountId, null, null,
                RestrictionSource.LETTER, "agent", null));

        assertThat(restrictions.ofAccount(accountId)).extracting(ContactRestriction::id)
                .containsExactly(cease.id(), deceased.id());
        assertThat(restrictions.find(cease.id())).get().satisfies(found -> assertThat(found.lifted()).isTrue());
    }

    @Test
    void refusesAnUnknownAccountAndAnUnknownRestriction() {
        assertThatThrownBy(() -> restrictions.record(NewRestriction.of(RestrictionKind.CEASE, 1L, null, null,
                RestrictionSource.API, "agent", null))).isInstanceOf(UnknownAccountException.class);
        assertThatThrownBy(() -> restrictions.lift(-1L, "reason", "manager"))
                .isInstanceOf(UnknownRestrictionException.class);
    }

    @Test
    void storesNumbersInE164AndRefusesWhatIsNeitherANumberNorAnAddress() {
        ContactRestriction work = record(RestrictionKind.NO_CONTACT_AT_WORK, null,
                "(312) 556-" + landline.substring(8));

        assertThat(work.contactPoint()).isEqualTo(landline);
        assertThat(work.toString()).doesNotContain(landline);
        assertThatThrownBy(() -> record(RestrictionKind.OPT_OUT, Channel.SMS, "not a number"))
                .isInstanceOfSatisfying(InvalidRestrictionException.class, e -> assertThat(e.problems())
                        .extracting(InvalidRestrictionException.Problem::field).containsExactly("contactPoint"));
    }
}
