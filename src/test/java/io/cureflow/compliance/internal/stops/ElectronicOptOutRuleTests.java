package io.cureflow.compliance.internal.stops;

import io.cureflow.account.ContactPointView;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactProposal.Initiator;
import io.cureflow.compliance.RestrictionKind;
import io.cureflow.compliance.internal.ComplianceMessages;
import io.cureflow.compliance.internal.RuleResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.cureflow.compliance.internal.stops.StopsFixtures.EMAIL;
import static io.cureflow.compliance.internal.stops.StopsFixtures.LANDLINE;
import static io.cureflow.compliance.internal.stops.StopsFixtures.MOBILE;
import static io.cureflow.compliance.internal.stops.StopsFixtures.OTHER_ACCOUNT_ID;
import static io.cureflow.compliance.internal.stops.StopsFixtures.SECOND_MOBILE;
import static io.cureflow.compliance.internal.stops.StopsFixtures.automated;
import static io.cureflow.compliance.internal.stops.StopsFixtures.borrower;
import static io.cureflow.compliance.internal.stops.StopsFixtures.byAgent;
import static io.cureflow.compliance.internal.stops.StopsFixtures.context;
import static io.cureflow.compliance.internal.stops.StopsFixtures.email;
import static io.cureflow.compliance.internal.stops.StopsFixtures.mobile;
import static io.cureflow.compliance.internal.stops.StopsFixtures.restriction;
import static org.assertj.core.api.Assertions.assertThat;

class ElectronicOptOutRuleTests {

    static final Instant NOON = Instant.parse("2026-01-13T18:00:00Z");

    final StopsFixtures.Store store = new StopsFixtures.Store();
    final CommunicationMediaRule rule = new CommunicationMediaRule(store, StopsFixtures.NO_RESPONSES,
            new ComplianceMessages());

    static void assertClosesTheChannelOnly(RuleResult result) {
        assertThat(result.blocked()).isTrue();
        assertThat(result.permanent()).isTrue();
        assertThat(result.stopsAutomation()).isFalse();
        assertThat(result.message()).doesNotContain("{");
    }

    @Test
    @DisplayName("comment 14(h)(1)-3.i: \"stop calling\" closes telephone calls and nothing else")
    void comment14h1_3i_stopCallingClosesEveryCallButNotTexts() {
        store.with(restriction(RestrictionKind.OPT_OUT).channel(Channel.CALL).build());

        assertClosesTheChannelOnly(rule.evaluate(byAgent(Channel.CALL, MOBILE, NOON)));
        assertClosesTheChannelOnly(rule.evaluate(automated(Channel.CALL, LANDLINE, NOON)));
        assertClosesTheChannelOnly(rule.evaluate(automated(Channel.VOICEMAIL, LANDLINE, NOON)));
        assertThat(rule.evaluate(automated(Channel.SMS, MOBILE, NOON)).blocked()).isFalse();
        assertThat(rule.evaluate(automated(Channel.EMAIL, EMAIL, NOON)).blocked()).isFalse();
    }

    @Test
    @DisplayName("comment 14(h)(1)-2: with two mobiles, opting out of one leaves the other open")
    void comment14h1_2_optingOutOfOneOfTwoMobilesLeavesTheOther() {
        store.with(restriction(RestrictionKind.OPT_OUT).channel(Channel.SMS).point(MOBILE).build());
        var twoMobiles = borrower(mobile(MOBILE), mobile(SECOND_MOBILE), email(EMAIL));

        assertClosesTheChannelOnly(rule.evaluate(
                context(twoMobiles, Channel.SMS, MOBILE, NOON, Initiator.AUTOMATED)));
        assertThat(rule.evaluate(context(twoMobiles, Channel.SMS, SECOND_MOBILE, NOON, Initiator.AUTOMATED))
                .blocked()).isFalse();
    }

    @Test
    @DisplayName("comment 14(h)(1)-3.ii: opting out of a text number closes it for any debt of the person")
    void comment14h1_3ii_aNumberOptOutHoldsForEveryDebt() {
        store.with(restriction(RestrictionKind.OPT_OUT).channel(Channel.SMS).point(MOBILE).build());

        RuleResult otherDebt = rule.evaluate(
                context(borrower(OTHER_ACCOUNT_ID), Channel.SMS, MOBILE, NOON, Initiator.AUTOMATED));

        assertClosesTheChannelOnly(otherDebt);
        assertThat(otherDebt.detail()).doesNotContain(MOBILE);
    }

    @Test
    @DisplayName("comment 14(h)(1)-3.ii: opting out of an email address closes that address")
    void comment14h1_3ii_anEmailOptOutClosesThatAddress() {
        store.with(restriction(RestrictionKind.OPT_OUT).channel(Channel.EMAIL).point(EMAIL).build());

        assertClosesTheChannelOnly(rule.evaluate(automated(Channel.EMAIL, "PAT@Example.com", NOON)));
        assertThat(rule.evaluate(automated(Channel.SMS, MOBILE, NOON)).blocked()).isFalse();
    }

    @Test
    void noTextsAtAllClosesEveryNumberToTexts() {
        store.with(restriction(RestrictionKind.OPT_OUT).channel(Channel.SMS).build());

        assertClosesTheChannelOnly(rule.evaluate(automated(Channel.SMS, MOBILE, NOON)));
        assertThat(rule.evaluate(byAgent(Channel.CALL, MOBILE, NOON)).blocked()).isFalse();
    }

    @Test
    void aNumberClosedOnEveryChannelTakesNoCallEither() {
        store.with(restriction(RestrictionKind.OPT_OUT).point(LANDLINE).build());

        assertClosesTheChannelOnly(rule.evaluate(byAgent(Channel.CALL, LANDLINE, NOON)));
        assertThat(rule.evaluate(byAgent(Channel.CALL, MOBILE, NOON)).blocked()).isFalse();
    }

    @Test
    void onlyTextClosesEveryOtherMedium() {
        store.with(restriction(RestrictionKind.CHANNEL_ONLY).channel(Channel.SMS).build());

        assertThat(rule.evaluate(automated(Channel.SMS, MOBILE, NOON)).blocked()).isFalse();
        assertClosesTheChannelOnly(rule.evaluate(automated(Channel.EMAIL, EMAIL, NOON)));
        assertClosesTheChannelOnly(rule.evaluate(byAgent(Channel.CALL, MOBILE, NOON)));
        assertClosesTheChannelOnly(rule.evaluate(automated(Channel.VOICEMAIL, MOBILE, NOON)));
    }

    @Test
    void onlyCallsAllowsVoicemailsLeftByCalling() {
        store.with(restriction(RestrictionKind.CHANNEL_ONLY).channel(Channel.CALL).build());

        assertThat(rule.evaluate(automated(Channel.VOICEMAIL, MOBILE, NOON)).blocked()).isFalse();
        assertClosesTheChannelOnly(rule.evaluate(automated(Channel.SMS, MOBILE, NOON)));
    }

    @Test
    void theOptOutFlagFromIntakeClosesElectronicMessagesToThatPoint() {
        ContactPointView optedOut = new ContactPointView(1, ContactPointView.Kind.PHONE, MOBILE, "MOBILE", true,
                true);
        var contact = borrower(optedOut, email(EMAIL));

        assertClosesTheChannelOnly(rule.evaluate(context(contact, Channel.SMS, MOBILE, NOON, Initiator.AUTOMATED)));
        assertThat(rule.evaluate(context(contact, Channel.EMAIL, EMAIL, NOON, Initiator.AUTOMATED)).blocked())
                .isFalse();
    }

    @Test
    void aLiftedOptOutNoLongerBlocks() {
        store.with(restriction(RestrictionKind.OPT_OUT).channel(Channel.SMS).point(MOBILE).lifted().build());

        assertThat(rule.evaluate(automated(Channel.SMS, MOBILE, NOON)).blocked()).isFalse();
    }
}
