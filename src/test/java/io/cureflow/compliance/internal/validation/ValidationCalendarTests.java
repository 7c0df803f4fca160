package io.cureflow.compliance.internal.validation;

import io.cureflow.compliance.ValidationPeriod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class ValidationCalendarTests {

    private final ValidationCalendar calendar = new ValidationCalendar(
            new ValidationNoticeProperties(5, 5, 30, ZoneId.of("America/New_York")));

    @ParameterizedTest(name = "sent {0}: assumed receipt {1} ({2})")
    @DisplayName("§1006.34(b)(5): receipt assumed five days after sending, not counting weekends and federal holidays")
    @CsvSource({
            "2026-03-06, 2026-03-13, sent on a Friday: the weekend is not counted",
            "2026-03-07, 2026-03-13, sent on a Saturday: counting starts on Monday",
            "2026-11-23, 2026-12-01, Thanksgiving (fourth Thursday of November) is skipped",
            "2027-12-21, 2027-12-29, Christmas on a Saturday is observed on Friday 24 December",
            "2027-12-28, 2028-01-05, New Year's Day 2028 on a Saturday is observed on Friday 31 December 2027",
            "2021-12-28, 2022-01-05, New Year's Day 2022 on a Saturday is observed on Friday 31 December 2021",
            "2026-06-15, 2026-06-23, Juneteenth on a Friday is skipped",
            "2027-06-15, 2027-06-23, Juneteenth 2027 on a Saturday is observed on Friday 18 June",
            "2020-06-15, 2020-06-22, Juneteenth was not a legal public holiday before 2021",
            "2026-01-16, 2026-01-26, Martin Luther King Jr. Day (third Monday of January) is skipped",
            "2026-07-01, 2026-07-09, Independence Day on a Saturday is observed on Friday 3 July"
    })
    void assumedReceiptSkipsWeekendsAndObservedFederalHolidays(LocalDate sentOn, LocalDate receipt, String why) {
        assertThat(ValidationCalendar.plusBusinessDays(sentOn, 5)).as(why).isEqualTo(receipt);
    }

    @Test
    @DisplayName("comment 34(b)(5)-1: the period ends 30 days after the assumed receipt")
    void comment34b5_1_periodEndsThirtyDaysAfterAssumedReceipt() {
        ValidationPeriod period = calendar.periodIfSentAt(Instant.parse("2026-11-23T15:00:00Z"));

        assertThat(period).isEqualTo(new ValidationPeriod(LocalDate.parse("2026-11-23"),
                LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-31")));
    }

    @Test
    void sendingDateIsTheCollectorsLocalDateAcrossTheSpringForwardNight() {
        // 23:30 on Sunday 8 March 2026 in New York, the day clocks moved forward
        ValidationPeriod period = calendar.periodIfSentAt(Instant.parse("2026-03-09T03:30:00Z"));

        assertThat(period.sentOn()).isEqualTo(LocalDate.parse("2026-03-08"));
        assertThat(period.assumedReceiptOn()).isEqualTo(LocalDate.parse("2026-03-13"));
    }

    @Test
    @DisplayName("§1006.34(a)(1)(i)(B): the notice is due within five calendar days; overdue from the next midnight")
    void noticeIsDueFiveCalendarDaysAfterTheInitialCommunication() {
        Instant initial = Instant.parse("2026-03-02T15:00:00Z");

        assertThat(calendar.noticeDueOn(initial)).isEqualTo(LocalDate.parse("2026-03-07"));
        assertThat(calendar.endOf(LocalDate.parse("2026-03-07"))).isEqualTo(Instant.parse("2026-03-08T05:00:00Z"));
        assertThat(calendar.endOf(LocalDate.parse("2026-03-08")))
                .as("the day after the change to daylight time ends at 04:00 UTC")
                .isEqualTo(Instant.parse("2026-03-09T04:00:00Z"));
    }

    @Test
    void everyFederalHolidayOf2026IsOnItsStatutoryDate() {
        assertThat(FederalHolidays.holidaysObservedIn(2026)).contains(
                LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-19"), LocalDate.parse("2026-02-16"),
                LocalDate.parse("2026-05-25"), LocalDate.parse("2026-06-19"), LocalDate.parse("2026-07-03"),
                LocalDate.parse("2026-07-04"), LocalDate.parse("2026-09-07"), LocalDate.parse("2026-10-12"),
                LocalDate.parse("2026-11-11"), LocalDate.parse("2026-11-26"), LocalDate.parse("2026-12-25"));
    }
}
