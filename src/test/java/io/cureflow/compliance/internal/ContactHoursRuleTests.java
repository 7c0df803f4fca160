package io.cureflow.compliance.internal;

import io.cureflow.account.CaseContact;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactProposal;
import io.cureflow.compliance.internal.ComplianceProperties.ContactHours;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static io.cureflow.compliance.internal.Borrowers.contact;
import static io.cureflow.compliance.internal.Borrowers.livingIn;
import static org.assertj.core.api.Assertions.assertThat;

class ContactHoursRuleTests {

    private static final String NEW_YORK_MOBILE = "+12125550123";
    private static final String CHICAGO_MOBILE = "+13125550123";
    private static final String DENVER_LANDLINE = "+13035550123";
    private static final String PANHANDLE_MOBILE = "+18505550123";

    private static final ZoneId EASTERN = ZoneId.of("America/New_York");
    private static final ZoneId CENTRAL = ZoneId.of("America/Chicago");
    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

    private static final ComplianceProperties DEFAULTS = new ComplianceProperties(
            new ContactHours(LocalTime.of(8, 0), LocalTime.of(21, 0)), List.of(EASTERN, PACIFIC));

    private RuleResult check(CaseContact contact, Channel channel, String contactPoint, String instant) {
        return check(DEFAULTS, contact, channel, contactPoint, instant);
    }

    private static RuleResult check(ComplianceProperties properties, CaseContact contact, Channel channel,
                                    String contactPoint, String instant) {
        ContactProposal proposal = new ContactProposal(contact.caseId(), channel, contactPoint, Instant.parse(instant));
        ConsumerLocation location = new ConsumerLocator(new PhoneTimeZones(), properties).locate(contact, proposal);
        ContactContext context = new ContactContext(proposal, contact, location, proposal.at());
        return new ContactHoursRule(properties, new ComplianceMessages()).evaluate(context);
    }

    @Nested
    class RegulationFLocationExamples {

        // Comment 6(b)(1)(i)-2.i: Eastern mobile area code, Pacific address: convenient 11:00 to 21:00 Eastern.
        private final CaseContact easternMobilePacificAddress = livingIn("CA", "94105", NEW_YORK_MOBILE);

        @Test
        void blocksTenFiftyNineEasternAndAllowsFromElevenEastern() {
            RuleResult beforeEleven = check(easternMobilePacificAddress, Channel.CALL, NEW_YORK_MOBILE,
                    "2026-01-14T15:59:00Z");

            assertThat(beforeEleven.blocked()).isTrue();
            assertThat(beforeEleven.earliestAllowedAt()).isEqualTo(Instant.parse("2026-01-14T16:00:00Z"));
            assertThat(check(easternMobilePacificAddress, Channel.CALL, NEW_YORK_MOBILE, "2026-01-14T16:00:00Z")
                    .blocked()).isFalse();
        }

        @Test
        void allowsUntilNineEasternThenWaitsForElevenEasternNextDay() {
            assertThat(check(easternMobilePacificAddress, Channel.SMS, NEW_YORK_MOBILE, "2026-01-15T01:59:00Z")
                    .blocked()).isFalse();

            RuleResult atNine = check(easternMobilePacificAddress, Channel.SMS, NEW_YORK_MOBILE,
                    "2026-01-15T02:00:00Z");

            assertThat(atNine.blocked()).isTrue();
            assertThat(atNine.earliestAllowedAt()).isEqualTo(Instant.parse("2026-01-15T16:00:00Z"));
        }

        // Comment 6(b)(1)(i)-2.ii: Eastern mobile and Mountain landline: convenient 10:00 to 21:00 Eastern.
        @Test
        void keepsAMobileAndALandlineInDifferentZonesBothInMind() {
            CaseContact easternMobileMountainLandline = livingIn(null, null, NEW_YORK_MOBILE, DENVER_LANDLINE);

            RuleResult nineFiftyNineEastern = check(easternMobileMountainLandline, Channel.CALL, NEW_YORK_MOBILE,
                    "2026-01-14T14:59:00Z");

            assertThat(nineFiftyNineEastern.earliestAllowedAt()).isEqualTo(Instant.parse("2026-01-14T15:00:00Z"));
            assertThat(check(easternMobileMountainLandline, Channel.CALL, NEW_YORK_MOBILE, "2026-01-15T01:59:00Z")
                    .blocked()).isFalse();
        }

        // Comment 6(b)(1)(i)-1: an email or text happens when it is sent, so it keeps the same hours as a call.
        @Test
        void holdsAnEmailSentAtNightToTheSameHours() {
            CaseContact newYorker = livingIn("NY", "10001");

            RuleResult email = check(newYorker, Channel.EMAIL, "pat@example.com", "2026-01-14T03:00:00Z");

            assertThat(email.blocked()).isTrue();
            assertThat(email.earliestAllowedAt()).isEqualTo(Instant.parse("2026-01-14T13:00:00Z"));
        }
    }

    @Nested
    class SplitStates {

        @Test
        void keepsBothZonesForAFloridaAddressWithACentralNumber() {
            CaseContact miami = livingIn("FL", "33101", CHICAGO_MOBILE);

            RuleResult eightEastern = check(miami, Channel.SMS, CHICAGO_MOBILE, "2026-01-14T13:00:00Z");

            assertThat(eightEastern.blocked()).isTrue();
            assertThat(eightEastern.earliestAllowedAt()).isEqualTo(Instant.parse("2026-01-14T14:00:00Z"));
        }

        @Test
        void trustsThePensacolaZipToBeCentralButStillHonoursAnEasternAreaCode() {
            CaseContact pensacola = livingIn("FL", "32501", PANHANDLE_MOBILE);

            RuleResult atEightThirtyInTheEveningEastern = check(pensacola, Channel.SMS, PANHANDLE_MOBILE,
                    "2026-01-15T01:30:00Z");

            assertThat(atEightThirtyInTheEveningEastern.blocked()).isFalse();
            assertThat(check(pensacola, Channel.SMS, PANHANDLE_MOBILE, "2026-01-14T13:30:00Z").earliestAllowedAt())
                    .isEqualTo(Instant.parse("2026-01-14T14:00:00Z"));
        }

        @Test
        void keepsBothZonesWhenTheZipStraddlesTheLine() {
            CaseContact gulfCounty = livingIn("FL", "32456");

            RuleResult eightThirtyEastern = check(gulfCounty, Channel.EMAIL, "pat@example.com",
                    "2026-01-14T13:30:00Z");

            assertThat(eightThirtyEastern.earliestAllowedAt()).isEqualTo(Instant.parse("2026-01-14T14:00:00Z"));
            assertThat(check(gulfCounty, Channel.EMAIL, "pat@example.com", "2026-01-15T01:59:00Z").blocked())
                    .isFalse();
        }
    }

    @Nested
    class StatedTimeZone {

        @Test
        void replacesTheAddressZones() {
            CaseContact californianOnChicagoTime = contact("CA", "94105", "America/Chicago");

            assertThat(check(californianOnChicagoTime, Channel.EMAIL, "pat@example.com", "2026-01-14T14:00:00Z")
                    .blocked()).isFalse();
        }

        @Test
        void stillAddsTheZoneOfTheNumberBeingCalled() {
            CaseContact chicagoTimeWithNewYorkNumber = contact("IL", "60601", "America/Chicago");

            RuleResult call = check(chicagoTimeWithNewYorkNumber, Channel.CALL, NEW_YORK_MOBILE,
                    "2026-01-15T02:30:00Z");

            assertThat(call.blocked()).isTrue();
        }

        @Test
        void isIgnoredWhenItIsNotAZoneName() {
            CaseContact badZone = contact("CA", "94105", "Pacific Standard");

            assertThat(check(badZone, Channel.EMAIL, "pat@example.com", "2026-01-14T14:00:00Z").blocked()).isTrue();
        }
    }

    @Test
    void assumesTheContinentalUnitedStatesWhenNothingIndicatesALocation() {
        CaseContact nowhere = livingIn(null, null, "+18005550123");

        RuleResult tenFiftyNineEastern = check(nowhere, Channel.CALL, "+18005550123", "2026-01-14T15:59:00Z");

        assertThat(tenFiftyNineEastern.earliestAllowedAt()).isEqualTo(Instant.parse("2026-01-14T16:00:00Z"));
    }

    @Test
    void blocksPermanentlyWhenNoHourIsConvenientEverywhere() {
        CaseContact everywhere = contact(null, null, "Asia/Shanghai", "+442079460000", "+13105550123");

        RuleResult result = check(everywhere, Channel.EMAIL, "pat@example.com", "2026-01-14T12:00:00Z");

        assertThat(result.permanent()).isTrue();
        assertThat(result.message()).contains("Asia/Shanghai");
    }

    @Test
    void readsTheHoursFromConfiguration() {
        ComplianceProperties nineToFive = new ComplianceProperties(
                new ContactHours(LocalTime.of(9, 0), LocalTime.of(17, 0)), List.of(EASTERN));

        RuleResult fiveEastern = check(nineToFive, livingIn("NY", "10001"), Channel.EMAIL, "pat@example.com",
                "2026-01-14T22:00:00Z");

        assertThat(fiveEastern.earliestAllowedAt()).isEqualTo(Instant.parse("2026-01-15T14:00:00Z"));
    }

    @Nested
    class LastCallStart {

        private final ComplianceProperties lastCallQuarterToNine = new ComplianceProperties(
                new ContactHours(LocalTime.of(8, 0), LocalTime.of(21, 0), LocalTime.of(20, 45)), List.of(EASTERN));
        private final CaseContact newYorker = livingIn("NY", "10001", NEW_YORK_MOBILE);

        @Test
        void blocksACallStartedSoLateThatItWouldRunPastNine() {
            RuleResult call = check(lastCallQuarterToNine, newYorker, Channel.CALL, NEW_YORK_MOBILE,
                    "2026-01-15T01:50:00Z");

            assertThat(call.blocked()).isTrue();
            assertThat(call.earliestAllowedAt()).isEqualTo(Instant.parse("2026-01-15T13:00:00Z"));
            assertThat(call.message()).isEqualTo("Too late to start a call: contact hours are 08:00–21:00 at the "
                    + "consumer's location and a call must start before 20:45; it is 20:50 America/New_York.");
        }

        @Test
        void allowsACallJustBeforeTheLastCallStart() {
            assertThat(check(lastCallQuarterToNine, newYorker, Channel.CALL, NEW_YORK_MOBILE,
                    "2026-01-15T01:44:00Z").blocked()).isFalse();
        }

        @Test
        void leavesTextsEmailsAndVoicemailDropsUntilNine() {
            for (Channel channel : List.of(Channel.SMS, Channel.EMAIL, Channel.VOICEMAIL)) {
                assertThat(check(lastCallQuarterToNine, newYorker, channel, NEW_YORK_MOBILE, "2026-01-15T01:50:00Z")
                        .blocked()).as(channel.name()).isFalse();
            }
        }
    }

    @Test
    void explainsTheBlockWithTheLocalTimes() {
        RuleResult result = check(livingIn("FL", "33101", CHICAGO_MOBILE), Channel.SMS, CHICAGO_MOBILE,
                "2026-01-14T12:30:00Z");

        assertThat(result.message()).isEqualTo("Outside contact hours (08:00–21:00) at the consumer's location: "
                + "it is 07:30 America/New_York, 06:30 America/Chicago.");
        assertThat(result.message()).doesNotContain(CHICAGO_MOBILE);
    }
}
