package io.cureflow.compliance.internal.stops;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.RestrictionKind;
import io.cureflow.compliance.internal.ComplianceMessages;
import io.cureflow.compliance.internal.RuleResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static io.cureflow.compliance.internal.stops.StopsFixtures.CHICAGO;
import static io.cureflow.compliance.internal.stops.StopsFixtures.EMAIL;
import static io.cureflow.compliance.internal.stops.StopsFixtures.LANDLINE;
import static io.cureflow.compliance.internal.stops.StopsFixtures.LOS_ANGELES;
import static io.cureflow.compliance.internal.stops.StopsFixtures.MOBILE;
import static io.cureflow.compliance.internal.stops.StopsFixtures.NEW_YORK;
import static io.cureflow.compliance.internal.stops.StopsFixtures.automated;
import static io.cureflow.compliance.internal.stops.StopsFixtures.byAgent;
import static io.cureflow.compliance.internal.stops.StopsFixtures.restriction;
import static org.assertj.core.api.Assertions.assertThat;

class DesignatedInconvenienceRuleTests {

    final StopsFixtures.Store store = new StopsFixtures.Store();
    final ComplianceMessages messages = new ComplianceMessages();

    static Instant local(String dateTime, ZoneId zone) {
        return LocalDateTime.parse(dateTime).atZone(zone).toInstant();
    }

    @Nested
    class Times {

        final DesignatedTimeRule rule = new DesignatedTimeRule(store, StopsFixtures.NO_RESPONSES, messages);

        RuleResult emailAt(String localChicago) {
            return rule.evaluate(automated(Channel.EMAIL, EMAIL, local(localChicago, CHICAGO), CHICAGO));
        }

        @Test
        @DisplayName("comment 6(b)(1)-1.i: creditor's note \"not on Tuesdays and Thursdays through the end of the "
                + "year\"")
        void comment6b1_1i_tuesdaysAndThursdaysThroughTheEndOfTheYear() {
            Instant newYear = local("2027-01-01T00:00", CHICAGO);
            store.with(restriction(RestrictionKind.INCONVENIENT_TIME)
                    .on(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY).until(newYear).build());

            RuleResult tuesday = emailAt("2026-11-17T10:00");

            assertThat(tuesday.blocked()).isTrue();
            assertThat(tuesday.earliestAllowedAt()).isEqualTo(local("2026-11-18T00:00", CHICAGO));
            assertThat(emailAt("2026-11-18T10:00").blocked()).isFalse();
            assertThat(emailAt("2026-11-19T23:59").blocked()).isTrue();
            // 5 January 2027 is a Tuesday of the next year: the note no longer applies
            assertThat(emailAt("2027-01-05T10:00").blocked()).isFalse();
        }

        @Test
        @DisplayName("comment 6(b)(1)-1.ii: \"on weekdays, except from 3:00 p.m. to 5:00 p.m.\", and no weekends")
        void comment6b1_1ii_weekdaysThreeToFiveAndWeekends() {
            store.with(restriction(RestrictionKind.INCONVENIENT_TIME).between("15:00", "17:00")
                            .on(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                                    DayOfWeek.FRIDAY).build())
                    .with(restriction(RestrictionKind.INCONVENIENT_TIME)
                            .on(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY).build());

            RuleResult wednesdayHalfPastThree = emailAt("2026-11-18T15:30");
            RuleResult saturdayMorning = emailAt("2026-11-21T10:00");

            assertThat(emailAt("2026-11-18T14:59").blocked()).isFalse();
            assertThat(wednesdayHalfPastThree.blocked()).isTrue();
            assertThat(wednesdayHalfPastThree.earliestAllowedAt()).isEqualTo(local("2026-11-18T17:00", CHICAGO));
            assertThat(emailAt("2026-11-18T17:00").blocked()).isFalse();
            assertThat(saturdayMorning.earliestAllowedAt()).isEqualTo(local("2026-11-23T00:00", CHICAGO));
            assertThat(wednesdayHalfPastThree.message()).doesNotContain("{");
        }

        @Test
        @DisplayName("comment 6(b)(1)-2.iii: \"all communications on Friday every week are inconvenient\"")
        void comment6b1_2iii_everyFriday() {
            store.with(restriction(RestrictionKind.INCONVENIENT_TIME).on(DayOfWeek.FRIDAY).build());

            RuleResult friday = rule.evaluate(automated(Channel.SMS, MOBILE, local("2026-11-20T20:30", CHICAGO),
                    CHICAGO));

            assertThat(friday.earliestAllowedAt()).isEqualTo(local("2026-11-21T00:00", CHICAGO));
            assertThat(emailAt("2026-11-27T09:00").blocked()).isTrue();
        }

        @Test
        void onlyAfterSixInTheEveningBlocksTheDayBeforeSix() {
            store.with(restriction(RestrictionKind.INCONVENIENT_TIME).between(null, "18:00").build());

            RuleResult morning = emailAt("2026-11-18T09:00");

            assertThat(morning.earliestAllowedAt()).isEqualTo(local("2026-11-18T18:00", CHICAGO));
            assertThat(emailAt("2026-11-18T18:30").blocked()).isFalse();
        }

        @Test
        void aWindowPastMidnightRunsIntoTheNextDay() {
            store.with(restriction(RestrictionKind.INCONVENIENT_TIME).between("20:00", "10:00")
                    .on(DayOfWeek.SUNDAY).build());

            assertThat(emailAt("2026-11-22T19:59").blocked()).isFalse();
            assertThat(emailAt("2026-11-22T20:00").blocked()).isTrue();
            RuleResult mondayMorning = emailAt("2026-11-23T09:00");
            assertThat(mondayMorning.earliestAllowedAt()).isEqualTo(local("2026-11-23T10:00", CHICAGO));
            assertThat(emailAt("2026-11-24T09:00").blocked()).isFalse();
        }

        @Test
        @DisplayName("comment 6(b)(1)(i)-2: the designated time must hold in every zone the consumer might be in")
        void blocksWhenTheTimeIsInconvenientInAnyCandidateZone() {
            store.with(restriction(RestrictionKind.INCONVENIENT_TIME).between("15:00", "17:00").build());
            // 18:30 in New York is 15:30 in Los Angeles: inconvenient there
            Instant at = local("2026-11-18T18:30", NEW_YORK);

            RuleResult result = rule.evaluate(automated(Channel.SMS, MOBILE, at, NEW_YORK, LOS_ANGELES));

            assertThat(result.blocked()).isTrue();
            assertThat(result.earliestAllowedAt()).isEqualTo(local("2026-11-18T17:00", LOS_ANGELES));
            assertThat(result.detail()).contains("America/New_York").contains("America/Los_Angeles");
        }

        @Test
        void keepsLocalHoursOnTheDayTheClocksGoBack() {
            store.with(restriction(RestrictionKind.INCONVENIENT_TIME).between("00:00", "09:00").build());

            RuleResult early = emailAt("2026-11-01T01:30");

            assertThat(early.earliestAllowedAt()).isEqualTo(Instant.parse("2026-11-01T15:00:00Z"));
        }

        @Test
        void everyHourOfEveryDayLeavesNoTimeToWaitFor() {
            store.with(restriction(RestrictionKind.INCONVENIENT_TIME).on(DayOfWeek.values()).build());

            RuleResult result = emailAt("2026-11-18T10:00");

            assertThat(result.permanent()).isTrue();
            assertThat(result.stopsAutomation()).isFalse();
        }

        @Test
        void aPersonCallingByHandHonoursTheDesignatedTimesToo() {
            store.with(restriction(RestrictionKind.INCONVENIENT_TIME).on(DayOfWeek.WEDNESDAY).build());

            assertThat(rule.evaluate(byAgent(Channel.CALL, MOBILE, local("2026-11-18T10:00", CHICAGO), CHICAGO))
                    .blocked()).isTrue();
        }

        @Test
        void aLiftedDesignationNoLongerBlocks() {
            store.with(restriction(RestrictionKind.INCONVENIENT_TIME).on(DayOfWeek.WEDNESDAY).lifted().build());

            assertThat(emailAt("2026-11-18T10:00").blocked()).isFalse();
        }
    }

    @Nested
    class Places {

        final DesignatedPlaceRule home = new PlaceRules().inconvenientPlaceRule(store, StopsFixtures.NO_RESPONSES, messages);
        final DesignatedPlaceRule work = new PlaceRules().workplaceRule(store, messages);
        final Instant noon = Instant.parse("2026-11-18T18:00:00Z");

        @Test
        @DisplayName("comment 6(b)(1)-1.iii and 6(b)(1)(ii)-1.i: \"not at home\" closes the home landline, not the "
                + "mobile or email")
        void comment6b1_1iii_notAtHomeClosesTheHomeLandlineOnly() {
            store.with(restriction(RestrictionKind.INCONVENIENT_PLACE).build());

            RuleResult landline = home.evaluate(automated(Channel.CALL, LANDLINE, noon));

            assertThat(home.id()).isEqualTo("RF-16");
            assertThat(landline.permanent()).isTrue();
            assertThat(landline.stopsAutomation()).isFalse();
            assertThat(home.evaluate(byAgent(Channel.CALL, LANDLINE, noon)).blocked()).isTrue();
            assertThat(home.evaluate(automated(Channel.CALL, MOBILE, noon)).blocked()).isFalse();
            assertThat(home.evaluate(automated(Channel.SMS, MOBILE, noon)).blocked()).isFalse();
            assertThat(home.evaluate(automated(Channel.EMAIL, EMAIL, noon)).blocked()).isFalse();
        }

        @Test
        void aNamedPlaceBoundNumberIsClosedOnEveryChannel() {
            store.with(restriction(RestrictionKind.INCONVENIENT_PLACE).point(MOBILE).build());

            assertThat(home.evaluate(automated(Channel.SMS, MOBILE, noon)).blocked()).isTrue();
            assertThat(home.evaluate(automated(Channel.CALL, LANDLINE, noon)).blocked()).isFalse();
        }

        @Test
        @DisplayName("comment 6(b)(3)-1: \"I cannot take personal calls at work\" closes the work number")
        void comment6b3_1_noPersonalCallsAtWorkClosesTheWorkNumber() {
            store.with(restriction(RestrictionKind.NO_CONTACT_AT_WORK).point(LANDLINE).build());

            RuleResult workPhone = work.evaluate(byAgent(Channel.CALL, LANDLINE, noon));

            assertThat(work.id()).isEqualTo("RF-18");
            assertThat(workPhone.permanent()).isTrue();
            assertThat(workPhone.detail()).doesNotContain(LANDLINE);
            assertThat(work.evaluate(byAgent(Channel.CALL, MOBILE, noon)).blocked()).isFalse();
        }

        @Test
        void workWithNoNumberNamedClosesTheLandlinesSinceAnyMayBeTheOneAtWork() {
            store.with(restriction(RestrictionKind.NO_CONTACT_AT_WORK).build());

            assertThat(work.evaluate(byAgent(Channel.CALL, LANDLINE, noon)).blocked()).isTrue();
            assertThat(work.evaluate(automated(Channel.CALL, MOBILE, noon)).blocked()).isFalse();
            assertThat(work.evaluate(automated(Channel.SMS, MOBILE, noon)).blocked()).isFalse();
            assertThat(work.evaluate(automated(Channel.EMAIL, EMAIL, noon)).blocked()).isFalse();
        }

        @Test
        void aWorkEmailAddressIsClosedLikeAWorkNumber() {
            store.with(restriction(RestrictionKind.NO_CONTACT_AT_WORK).point("pat@employer.example").build());

            assertThat(work.evaluate(automated(Channel.EMAIL, "pat@employer.example", noon)).blocked()).isTrue();
            assertThat(work.evaluate(automated(Channel.EMAIL, EMAIL, noon)).blocked()).isFalse();
        }
    }
}
