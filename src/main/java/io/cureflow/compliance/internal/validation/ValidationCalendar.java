package io.cureflow.compliance.internal.validation;

import io.cureflow.compliance.ValidationPeriod;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Day counting for validation notices, on calendar dates in the collector's zone (never 24-hour steps, so a
 * daylight-saving change cannot shift a date).
 */
@Component
class ValidationCalendar {

    private final ValidationNoticeProperties properties;

    ValidationCalendar(ValidationNoticeProperties properties) {
        this.properties = properties;
    }

    LocalDate dateOf(Instant instant) {
        return instant.atZone(properties.zone()).toLocalDate();
    }

    /** The last day a notice may go out: "within five days" of the initial communication, calendar days. */
    LocalDate noticeDueOn(Instant initialCommunicationAt) {
        return dateOf(initialCommunicationAt).plusDays(properties.noticeDueDays());
    }

    /** The first instant after the due day: from then on an unsent notice is overdue. */
    Instant endOf(LocalDate day) {
        ZoneId zone = properties.zone();
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    ValidationPeriod periodIfSentAt(Instant sentAt) {
        LocalDate sentOn = dateOf(sentAt);
        LocalDate receipt = plusBusinessDays(sentOn, properties.assumedReceiptBusinessDays());
        return new ValidationPeriod(sentOn, receipt, receipt.plusDays(properties.validationPeriodDays()));
    }

    /** Counts days forward, skipping Saturdays, Sundays and federal legal public holidays (§1006.34(b)(5)). */
    static LocalDate plusBusinessDays(LocalDate from, int days) {
        LocalDate date = from;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isBusinessDay(date)) {
                counted++;
            }
        }
        return date;
    }

    static boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !FederalHolidays.isHoliday(date);
    }
}
