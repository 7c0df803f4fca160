package io.cureflow.compliance.internal.validation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;

/**
 * The legal public holidays of 5 U.S.C. 6103(a), with the dates they are observed on under 6103(b): a holiday on a
 * Saturday is observed the Friday before, one on a Sunday the Monday after. New Year's Day on a Saturday is therefore
 * observed on December 31 of the year before.
 */
final class FederalHolidays {

    /** Juneteenth National Independence Day became a legal public holiday on 17 June 2021. */
    private static final int FIRST_JUNETEENTH = 2021;

    private FederalHolidays() {
    }

    static boolean isHoliday(LocalDate date) {
        return holidaysObservedIn(date.getYear()).contains(date)
                || holidaysObservedIn(date.getYear() + 1).contains(date);
    }

    /** The holidays of one year, each on its own date and, when that is a weekend day, on its observed date. */
    static Set<LocalDate> holidaysObservedIn(int year) {
        Set<LocalDate> days = new HashSet<>();
        addFixed(days, LocalDate.of(year, Month.JANUARY, 1));
        days.add(nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3));
        days.add(nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        if (year >= FIRST_JUNETEENTH) {
            addFixed(days, LocalDate.of(year, Month.JUNE, 19));
        }
        addFixed(days, LocalDate.of(year, Month.JULY, 4));
        days.add(nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1));
        days.add(nth(year, Month.OCTOBER, DayOfWeek.MONDAY, 2));
        addFixed(days, LocalDate.of(year, Month.NOVEMBER, 11));
        days.add(nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4));
        addFixed(days, LocalDate.of(year, Month.DECEMBER, 25));
        return days;
    }

    private static void addFixed(Set<LocalDate> days, LocalDate date) {
        days.add(date);
        switch (date.getDayOfWeek()) {
            case SATURDAY -> days.add(date.minusDays(1));
            case SUNDAY -> days.add(date.plusDays(1));
            default -> {
            }
        }
    }

    private static LocalDate nth(int year, Month month, DayOfWeek day, int ordinal) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, day));
    }
}
