package io.cureflow.compliance.internal;

import io.cureflow.compliance.internal.ComplianceProperties.ContactHours;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContactHoursWindowTests {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");
    private static final ZoneId DENVER = ZoneId.of("America/Denver");

    private final ContactHoursWindow window = new ContactHoursWindow(
            new ContactHours(LocalTime.of(8, 0), LocalTime.of(21, 0)));

    @Test
    void allowsEightOClockAndBlocksNineInTheEvening() {
        assertThat(window.allows(Instant.parse("2026-01-14T13:00:00Z"), List.of(NEW_YORK))).isTrue();
        assertThat(window.allows(Instant.parse("2026-01-14T12:59:59Z"), List.of(NEW_YORK))).isFalse();
        assertThat(window.allows(Instant.parse("2026-01-15T01:59:59Z"), List.of(NEW_YORK))).isTrue();
        assertThat(window.allows(Instant.parse("2026-01-15T02:00:00Z"), List.of(NEW_YORK))).isFalse();
    }

    @Test
    void answersTheSameInstantWhenItIsAlreadyAllowed() {
        Instant noon = Instant.parse("2026-01-14T17:00:00Z");

        assertThat(window.nextAllowed(noon, List.of(NEW_YORK))).contains(noon);
    }

    @Nested
    class SpringForward {

        @Test
        void opensAtEightDaylightTimeOnTheMorningClocksGoForward() {
            Instant oneThirtyStandard = Instant.parse("2026-03-08T06:30:00Z");

            assertThat(window.nextAllowed(oneThirtyStandard, List.of(NEW_YORK)))
                    .contains(Instant.parse("2026-03-08T12:00:00Z"));
        }

        @Test
        void opensAtEightDaylightTimeAfterTheEveningBefore() {
            Instant nineInTheEveningStandard = Instant.parse("2026-03-08T02:00:00Z");

            assertThat(window.nextAllowed(nineInTheEveningStandard, List.of(NEW_YORK)))
                    .contains(Instant.parse("2026-03-08T12:00:00Z"));
        }

        @Test
        void opensWhenTheGapEndsIfTheStartTimeDoesNotExistThatDay() {
            ContactHoursWindow startingInTheGap = new ContactHoursWindow(
                    new ContactHours(LocalTime.of(2, 30), LocalTime.of(21, 0)));

            assertThat(startingInTheGap.nextAllowed(Instant.parse("2026-03-08T06:00:00Z"), List.of(NEW_YORK)))
                    .contains(Instant.parse("2026-03-08T07:00:00Z"));
        }

        @Test
        void followsArizonaAndTheNavajoNationApartWhenOnlyOneMovesItsClock() {
            Instant denverNineInTheEvening = Instant.parse("2026-03-09T03:00:00Z");

            assertThat(window.allows(Instant.parse("2026-03-09T02:59:00Z"), List.of(PHOENIX, DENVER))).isTrue();
            assertThat(window.nextAllowed(denverNineInTheEvening, List.of(PHOENIX, DENVER)))
                    .contains(Instant.parse("2026-03-09T15:00:00Z"));
        }
    }

    @Nested
    class FallBack {

        @Test
        void opensAtEightStandardTimeOnTheMorningClocksGoBack() {
            Instant firstOneThirty = Instant.parse("2026-11-01T05:30:00Z");

            assertThat(window.nextAllowed(firstOneThirty, List.of(NEW_YORK)))
                    .contains(Instant.parse("2026-11-01T13:00:00Z"));
        }

        @Test
        void closesAtNineStandardTimeOnTheDayClocksGoBack() {
            assertThat(window.allows(Instant.parse("2026-11-02T01:59:00Z"), List.of(NEW_YORK))).isTrue();
            assertThat(window.nextAllowed(Instant.parse("2026-11-02T02:00:00Z"), List.of(NEW_YORK)))
                    .contains(Instant.parse("2026-11-02T13:00:00Z"));
        }
    }

    @Test
    void findsNothingWhenTheZonesWindowsNeverOverlap() {
        List<ZoneId> londonShanghaiLosAngeles = List.of(ZoneId.of("Europe/London"), ZoneId.of("Asia/Shanghai"),
                ZoneId.of("America/Los_Angeles"));

        assertThat(window.nextAllowed(Instant.parse("2026-01-14T12:00:00Z"), londonShanghaiLosAngeles)).isEmpty();
    }
}
