package io.cureflow.compliance.internal.stops;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactProposal.Initiator;
import io.cureflow.compliance.RestrictionKind;
import io.cureflow.compliance.internal.ComplianceMessages;
import io.cureflow.compliance.internal.RuleResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;

import static io.cureflow.compliance.internal.stops.StopsFixtures.ACCOUNT_ID;
import static io.cureflow.compliance.internal.stops.StopsFixtures.EMAIL;
import static io.cureflow.compliance.internal.stops.StopsFixtures.LANDLINE;
import static io.cureflow.compliance.internal.stops.StopsFixtures.MOBILE;
import static io.cureflow.compliance.internal.stops.StopsFixtures.OTHER_ACCOUNT_ID;
import static io.cureflow.compliance.internal.stops.StopsFixtures.RECORDED;
import static io.cureflow.compliance.internal.stops.StopsFixtures.automated;
import static io.cureflow.compliance.internal.stops.StopsFixtures.borrower;
import static io.cureflow.compliance.internal.stops.StopsFixtures.byAgent;
import static io.cureflow.compliance.internal.stops.StopsFixtures.context;
import static io.cureflow.compliance.internal.stops.StopsFixtures.restriction;
import static org.assertj.core.api.Assertions.assertThat;

class StopRulesTests {

    static final Instant TUESDAY_NOON = Instant.parse("2026-01-13T18:00:00Z");

    final ComplianceMessages messages = new ComplianceMessages();
    final StopsFixtures.Store store = new StopsFixtures.Store();

    StopRule rule(StopDefinition stop) {
        return new StopRule(stop, store, StopsFixtures.NO_RESPONSES, messages);
    }

    @ParameterizedTest
    @CsvSource({"CEASE, RF-20", "REFUSAL_TO_PAY, RF-20", "ATTORNEY, RF-17", "DISPUTE, RF-33",
            "BANKRUPTCY, SP-BK-01", "DECEASED, SP-DEC-01", "SERVICEMEMBER, SP-SCRA-02"})
    void eachStopStopsAutomationUnderItsOwnRuleId(RestrictionKind kind, String ruleId) {
        store.with(restriction(kind).build());
        StopDefinition stop = StopDefinition.of(kind).orElseThrow();

        RuleResult result = rule(stop).evaluate(automated(Channel.SMS, MOBILE, TUESDAY_NOON));

        assertThat(rule(stop).id()).isEqualTo(ruleId);
        assertThat(result.blocked()).isTrue();
        assertThat(result.stopsAutomation()).isTrue();
        assertThat(result.earliestAllowedAt()).isNull();
        assertThat(result.message()).isNotBlank().doesNotContain("{");
        assertThat(result.detail()).contains(kind.name()).doesNotContain(MOBILE);
    }

    @ParameterizedTest
    @EnumSource(Channel.class)
    @DisplayName("comment 6(c)(1)-1: a cease request received closes every medium for that debt")
    void ceaseBlocksEveryChannel(Channel channel) {
        store.with(restriction(RestrictionKind.CEASE).build());
        String point = channel == Channel.EMAIL ? EMAIL : MOBILE;

        assertThat(rule(StopDefinition.CEASE).evaluate(automated(channel, point, TUESDAY_NOON)).stopsAutomation())
                .isTrue();
    }

    @Test
    @DisplayName("comment 6(c)(1)-1: notification is complete on receipt, so the reason names when it was received")
    void theReasonNamesWhenTheCeaseNoticeWasReceived() {
        store.with(restriction(RestrictionKind.CEASE).build());

        RuleResult result = rule(StopDefinition.CEASE).evaluate(automated(Channel.EMAIL, EMAIL, TUESDAY_NOON));

        assertThat(result.message()).contains(RECORDED.toString());
    }

    @Test
    void ceaseAndAttorneyCoverOnlyTheirDebt() {
        store.with(restriction(RestrictionKind.CEASE).account(ACCOUNT_ID).build())
                .with(restriction(RestrictionKind.ATTORNEY).account(ACCOUNT_ID).build());

        var otherDebt = context(borrower(OTHER_ACCOUNT_ID), Channel.SMS, MOBILE, TUESDAY_NOON, Initiator.AUTOMATED);

        assertThat(rule(StopDefinition.CEASE).evaluate(otherDebt).blocked()).isFalse();
        assertThat(rule(StopDefinition.ATTORNEY).evaluate(otherDebt).blocked()).isFalse();
    }

    @Test
    void aCeaseForEveryDebtCoversTheBorrowersOtherAccounts() {
        store.with(restriction(RestrictionKind.CEASE).everyDebt().build());

        var otherDebt = context(borrower(OTHER_ACCOUNT_ID), Channel.SMS, MOBILE, TUESDAY_NOON, Initiator.AUTOMATED);

        assertThat(rule(StopDefinition.CEASE).evaluate(otherDebt).stopsAutomation()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(names = {"BANKRUPTCY", "DECEASED", "SERVICEMEMBER"})
    void bankruptcyDeathAndServiceCoverEveryDebtOfTheBorrower(RestrictionKind kind) {
        store.with(restriction(kind).build());

        var otherDebt = context(borrower(OTHER_ACCOUNT_ID), Channel.CALL, LANDLINE, TUESDAY_NOON,
                Initiator.AUTOMATED);

        assertThat(rule(StopDefinition.of(kind).orElseThrow()).evaluate(otherDebt).stopsAutomation()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(names = {"CEASE", "ATTORNEY", "DISPUTE", "BANKRUPTCY", "DECEASED"})
    void stopsHoldForAnAgentDiallingByHandToo(RestrictionKind kind) {
        store.with(restriction(kind).build());

        assertThat(rule(StopDefinition.of(kind).orElseThrow()).evaluate(byAgent(Channel.CALL, MOBILE, TUESDAY_NOON))
                .stopsAutomation()).isTrue();
    }

    @Test
    void aServicememberFlagStopsTheAutomationButLeavesAPersonFreeToCall() {
        store.with(restriction(RestrictionKind.SERVICEMEMBER).build());
        StopRule scra = rule(StopDefinition.SERVICEMEMBER);

        assertThat(scra.evaluate(automated(Channel.CALL, MOBILE, TUESDAY_NOON)).stopsAutomation()).isTrue();
        assertThat(scra.evaluate(byAgent(Channel.CALL, MOBILE, TUESDAY_NOON)).blocked()).isFalse();
    }

    @Test
    void aLiftedStopNoLongerBlocks() {
        store.with(restriction(RestrictionKind.DISPUTE).lifted().build());

        assertThat(rule(StopDefinition.DISPUTE).evaluate(automated(Channel.SMS, MOBILE, TUESDAY_NOON)).blocked())
                .isFalse();
    }

    @Test
    void aStopOfOneKindDoesNotAnswerForAnother() {
        store.with(restriction(RestrictionKind.DISPUTE).build());

        assertThat(rule(StopDefinition.BANKRUPTCY).evaluate(automated(Channel.SMS, MOBILE, TUESDAY_NOON)).blocked())
                .isFalse();
    }

    @Test
    void everyStopKindHasARule() {
        for (RestrictionKind kind : RestrictionKind.values()) {
            assertThat(StopDefinition.of(kind).isPresent()).as(kind.name()).isEqualTo(kind.stop());
        }
    }
}
