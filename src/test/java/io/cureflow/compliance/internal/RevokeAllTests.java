package io.cureflow.compliance.internal;

import io.cureflow.account.CaseContact;
import io.cureflow.account.ContactPointView;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ComplianceDecision.Verdict;
import io.cureflow.compliance.ContactProposal;
import io.cureflow.compliance.ContactProposal.Initiator;
import io.cureflow.compliance.ContactRestriction;
import io.cureflow.compliance.RestrictionKind;
import io.cureflow.compliance.RestrictionSource;
import io.cureflow.compliance.internal.ComplianceEvaluator.Evaluation;
import io.cureflow.compliance.internal.ComplianceEvaluator.RuleOutcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TC-04, the revoke-all part of 47 CFR 64.1200(a)(10): a revocation in answer to one kind of message covers every
 * robocall and robotext of the caller on any matter, from the date the FCC's waiver ends (31 January 2027, DA 26-12).
 * Judged by every rule the application wires, with {@code application.yml}'s switch.
 */
@DisplayName("TC-04 (47 CFR 64.1200(a)(10) revoke-all)")
class RevokeAllTests {

    static final String HOME = "+13125550199";
    static final String MOBILE = "+13125550123";
    /** Friday 29 January 2027, noon in Chicago: the waiver still runs. */
    static final Instant BEFORE = Instant.parse("2027-01-29T18:00:00Z");
    /** Monday 1 February 2027, noon in Chicago: revoke-all is in force. */
    static final Instant AFTER = Instant.parse("2027-02-01T18:00:00Z");

    final List<ContactRestriction> restrictions = new ArrayList<>();
    final ApplicationRuleSet application = ApplicationRuleSet.fromApplicationYml();

    /** Borrower 700 (Pat) and borrower 800 (Sam) share the home landline; Pat also has a mobile. */
    static CaseContact pat() {
        return contact(7L, 70L, 700L, List.of(
                new ContactPointView(1, ContactPointView.Kind.PHONE, MOBILE, "MOBILE", true, false),
                new ContactPointView(2, ContactPointView.Kind.PHONE, HOME, "LANDLINE", true, false)));
    }

    static CaseContact sam() {
        return contact(8L, 80L, 800L, List.of(
                new ContactPointView(3, ContactPointView.Kind.PHONE, HOME, "LANDLINE", true, false)));
    }

    static CaseContact contact(long caseId, long accountId, long borrowerId, List<ContactPointView> points) {
        return new CaseContact(caseId, accountId, "ACC-" + accountId, borrowerId, "Pat", "Doe", "en", "IL", "60601",
                null, points, "Acme Bank", "CARD", new BigDecimal("1200.00"), new BigDecimal("150.00"), "USD", 35);
    }

    void revoked(long borrowerId, Channel channel, String number, Instant liftedAt) {
        restrictions.add(new ContactRestriction(restrictions.size() + 1L, RestrictionKind.CONSENT_REVOKED, borrowerId,
                null, channel, number, null, null, Set.of(), null, RestrictionSource.INBOUND_SMS, "inbound-reply",
                Instant.parse("2027-01-04T15:00:00Z"), null, liftedAt, liftedAt == null ? null : "manager",
                liftedAt == null ? null : "consent given again in writing"));
    }

    Evaluation propose(ApplicationRuleSet rules, CaseContact contact, Channel channel, String number, Instant at,
                       Initiator initiator) {
        ContactProposal proposal = new ContactProposal(contact.caseId(), channel, number, at, initiator);
        return rules.evaluator(new InMemoryLedger(), () -> restrictions)
                .evaluate(new ContactContext(proposal, contact, rules.locator().locate(contact, proposal), at));
    }

    Evaluation automated(CaseContact contact, Channel channel, String number, Instant at) {
        return propose(application, contact, channel, number, at, Initiator.AUTOMATED);
    }

    static List<String> blockingRules(Evaluation evaluation) {
        return evaluation.outcomes().stream().filter(outcome -> outcome.result().blocked())
                .map(RuleOutcome::ruleId).toList();
    }

    @Test
    @DisplayName("application.yml switches it on at the start of 31 January 2027, New York time")
    void switchesItselfOnWhenTheWaiverEnds() {
        var revokeAll = application.consent().revokeAll();

        assertThat(revokeAll.effectiveFrom()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(revokeAll.inForceAt(Instant.parse("2027-01-31T04:59:59Z"))).isFalse();
        assertThat(revokeAll.inForceAt(Instant.parse("2027-01-31T05:00:00Z"))).isTrue();
    }

    @Test
    @DisplayName("a STOP to texts ends prerecorded calls to the number too once in force")
    void aRevocationByTextEndsRobocallsOnceInForce() {
        revoked(700L, Channel.SMS, MOBILE, null);

        assertThat(blockingRules(automated(pat(), Channel.SMS, MOBILE, BEFORE))).containsExactly("TC-03");
        assertThat(automated(pat(), Channel.CALL, MOBILE, BEFORE).verdict())
                .as("during the waiver a revocation recorded for texts covers texts").isEqualTo(Verdict.ALLOW);

        Evaluation call = automated(pat(), Channel.CALL, MOBILE, AFTER);
        assertThat(blockingRules(call)).containsExactly("TC-04");
        assertThat(call.nextAllowedAt()).as("permanent for that number").isNull();
        assertThat(blockingRules(automated(pat(), Channel.VOICEMAIL, MOBILE, AFTER))).containsExactly("TC-04");
    }

    @Test
    @DisplayName("a revocation of a shared line on one borrower's matter covers the other borrower's matter once in force")
    void aRevocationOnOneMatterCoversEveryMatterOnceInForce() {
        revoked(800L, null, HOME, null);

        assertThat(blockingRules(automated(sam(), Channel.CALL, HOME, BEFORE))).containsExactly("TC-03");
        assertThat(automated(pat(), Channel.CALL, HOME, BEFORE).verdict()).isEqualTo(Verdict.ALLOW);

        Evaluation patsCall = automated(pat(), Channel.CALL, HOME, AFTER);
        assertThat(blockingRules(patsCall)).containsExactly("TC-04");
        assertThat(patsCall.outcomes().stream().filter(outcome -> outcome.ruleId().equals("TC-04")).findFirst()
                .orElseThrow().result().detail()).contains("recorded for another borrower").doesNotContain(HOME);
        assertThat(automated(pat(), Channel.SMS, MOBILE, AFTER).verdict())
                .as("Pat's own mobile was not revoked").isEqualTo(Verdict.ALLOW);
    }

    @Test
    @DisplayName("it covers automated contact only: an agent dialling by hand needs no TCPA consent")
    void leavesManualCallsAlone() {
        revoked(800L, null, HOME, null);

        assertThat(propose(application, pat(), Channel.CALL, HOME, AFTER, Initiator.AGENT).verdict())
                .isEqualTo(Verdict.ALLOW);
    }

    @Test
    @DisplayName("a lifted revocation no longer counts")
    void aLiftedRevocationDoesNotCount() {
        revoked(800L, Channel.SMS, HOME, Instant.parse("2027-01-20T15:00:00Z"));

        assertThat(automated(pat(), Channel.CALL, HOME, AFTER).verdict()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    @DisplayName("switched off it never applies; with an earlier date it applies from that date")
    void theSwitchAndTheDateAreConfiguration() {
        revoked(700L, Channel.SMS, MOBILE, null);
        ApplicationRuleSet off = ApplicationRuleSet.fromApplicationYml(
                "cureflow.compliance.consent.revoke-all.enabled=false");
        ApplicationRuleSet now = ApplicationRuleSet.fromApplicationYml(
                "cureflow.compliance.consent.revoke-all.effective-from=2026-01-01");

        assertThat(propose(off, pat(), Channel.CALL, MOBILE, AFTER, Initiator.AUTOMATED).verdict())
                .isEqualTo(Verdict.ALLOW);
        assertThat(blockingRules(propose(now, pat(), Channel.CALL, MOBILE, BEFORE, Initiator.AUTOMATED)))
                .containsExactly("TC-04");
    }
}
