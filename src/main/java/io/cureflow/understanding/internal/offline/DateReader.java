package io.cureflow.understanding.internal.offline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Map.entry;

/**
 * The promised day in a folded reply, relative to the day it arrived: today, tomorrow, weekdays ("friday", "this
 * friday", "next friday", "el viernes"), days of the month ("on the 15th", "el 15"), dates ("15 de enero", "jan 15",
 * "1/15") and the end of the month; "next week" and "payday" name no day. A day of the month already past rolls to the next month, a date already past to
 * the next year. The first date-like words win.
 */
final class DateReader {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            entry("january", 1), entry("jan", 1), entry("enero", 1), entry("february", 2), entry("feb", 2),
            entry("febrero", 2), entry("march", 3), entry("mar", 3), entry("marzo", 3), entry("april", 4),
            entry("apr", 4), entry("abril", 4), entry("may", 5), entry("mayo", 5), entry("june", 6), entry("jun", 6),
            entry("junio", 6), entry("july", 7), entry("jul", 7), entry("julio", 7), entry("august", 8),
            entry("aug", 8), entry("agosto", 8), entry("september", 9), entry("sept", 9), entry("sep", 9),
            entry("septiembre", 9), entry("setiembre", 9), entry("october", 10), entry("oct", 10),
            entry("octubre", 10), entry("november", 11), entry("nov", 11), entry("noviembre", 11),
            entry("december", 12), entry("dec", 12), entry("diciembre", 12));

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            entry("monday", DayOfWeek.MONDAY), entry("mon", DayOfWeek.MONDAY), entry("lunes", DayOfWeek.MONDAY),
            entry("tuesday", DayOfWeek.TUESDAY), entry("tues", DayOfWeek.TUESDAY), entry("tue", DayOfWeek.TUESDAY),
            entry("martes", DayOfWeek.TUESDAY), entry("wednesday", DayOfWeek.WEDNESDAY),
            entry("wed", DayOfWeek.WEDNESDAY), entry("miercoles", DayOfWeek.WEDNESDAY),
            entry("thursday", DayOfWeek.THURSDAY), entry("thurs", DayOfWeek.THURSDAY),
            entry("thur", DayOfWeek.THURSDAY), entry("thu", DayOfWeek.THURSDAY), entry("jueves", DayOfWeek.THURSDAY),
            entry("friday", DayOfWeek.FRIDAY), entry("fri", DayOfWeek.FRIDAY), entry("viernes", DayOfWeek.FRIDAY),
            entry("saturday", DayOfWeek.SATURDAY), entry("sabado", DayOfWeek.SATURDAY),
            entry("sunday", DayOfWeek.SUNDAY), entry("domingo", DayOfWeek.SUNDAY));

    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|enero|febrero|marzo|abril|mayo"
            + "|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\\.?";
    private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue"
            + "|wed|thurs|thur|thu|fri|lunes|martes|miercoles|jueves|viernes|sabado|domingo)";

    private static final Map<String, Integer> ORDINALS = Map.ofEntries(entry("first", 1), entry("second", 2),
            entry("third", 3), entry("fourth", 4), entry("fifth", 5), entry("sixth", 6), entry("seventh", 7),
            entry("eighth", 8), entry("ninth", 9), entry("tenth", 10), entry("eleventh", 11), entry("twelfth", 12),
            entry("fifteenth", 15), entry("twentieth", 20), entry("twenty fifth", 25), entry("thirtieth", 30),
            entry("thirty first", 31));

    /** Dates that name their month win over relative words anywhere in the reply: "on the 15 of march". */
    private static final Pattern NAMED = Pattern.compile(String.join("|",
            "\\b(?<mname>" + MONTH + ")\\s+(?<mday>\\d{1,2})(?:st|nd|rd|th)?\\b",
            "\\b(?<dday>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:de\\s+|of\\s+)?(?<dname>" + MONTH + ")\\b",
            "(?<![\\d$.,])(?<slm>\\d{1,2})/(?<sld>\\d{1,2})(?:/(?<sly>\\d{2,4}))?(?![\\d/])"));

    private static final Pattern RELATIVE = Pattern.compile(String.join("|",
            "\\b(?<rel>today|tonight|hoy|esta noche|esta tarde|esta manana|day after tomorrow|pasado manana"
                    + "|tomorrow|manana)\\b",
            "\\b(?<end>end of (?:the |this )?month|month end|fin de mes|fin del mes|finales de(?:l)? mes"
                    + "|final de(?:l)? mes)\\b",
            "\\b(?<first>first of (?:the |next )?month|1st of (?:the |next )?month|primero de(?:l)? mes|el (?:dia )?primero"
                    + "|principio de(?:l)? mes)\\b",
            "\\b(?:(?<mod>this coming|this|next|coming|este|el proximo|proximo)\\s+)?(?<wd>" + WEEKDAY + ")"
                    + "(?<after>\\s+(?:que viene|proximo|next week|de la semana que viene|de la proxima semana))?\\b",
            "(?:\\b(?:on|by|before|until|till|for)\\s+the\\s+|\\bel\\s+(?:dia\\s+)?|\\bdia\\s+|\\bantes del\\s+)"
                    + "(?<dom>\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?:dollars|dolares|bucks|%|/|:|am|pm|de la|por ciento))",
            "(?<![\\d$.,])(?<ord>\\d{1,2})(?:st|nd|rd|th)\\b",
            "\\b(?:on|by|before|until|till|for)\\s+the\\s+(?<word>" + String.join("|", ORDINALS.keySet()) + ")\\b",
            "\\bin\\s+(?<ind>\\d{1,2}|a|one|two|three|four|five|six|seven|ten)\\s+(?<inu>days?|weeks?)\\b",
            "\\ben\\s+(?<enn>\\d{1,2}|un|una|dos|tres|cuatro|cinco|diez|quince)\\s+(?<enu>dias?|semanas?)\\b"));

    private static final Map<String, Integer> SMALL = Map.ofEntries(entry("a", 1), entry("one", 1), entry("un", 1),
            entry("una", 1), entry("two", 2), entry("dos", 2), entry("three", 3), entry("tres", 3), entry("four", 4),
            entry("cuatro", 4), entry("five", 5), entry("cinco", 5), entry("six", 6), entry("seven", 7),
            entry("ten", 10), entry("diez", 10), entry("quince", 15));

    private DateReader() {
    }

    static LocalDate find(String folded, LocalDate today, int[] amountSpan) {
        LocalDate named = first(NAMED.matcher(folded), today, amountSpan, true);
        return named != null ? named : first(RELATIVE.matcher(folded), today, amountSpan, false);
    }

    private static LocalDate first(Matcher matcher, LocalDate today, int[] amountSpan, boolean named) {
        int from = 0;
        while (from <= matcher.regionEnd() && matcher.find(from)) {
            from = matcher.start() + 1;
            if (amountSpan != null && matcher.start() < amountSpan[1] && matcher.end() > amountSpan[0]) {
                continue;
            }
            LocalDate date = named ? resolveNamed(matcher, today) : resolve(matcher, today);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static LocalDate resolveNamed(Matcher m, LocalDate today) {
        if (m.group("mname") != null) {
            return monthDay(MONTHS.get(m.group("mname").replace(".", "")), m.group("mday"), today);
        }
        if (m.group("dname") != null) {
            return monthDay(MONTHS.get(m.group("dname").replace(".", "")), m.group("dday"), today);
        }
        return slashed(m, today);
    }

    private static LocalDate resolve(Matcher m, LocalDate today) {
        if (m.group("rel") != null) {
            return switch (m.group("rel")) {
                case "tomorrow", "manana" -> today.plusDays(1);
                case "day after tomorrow", "pasado manana" -> today.plusDays(2);
                default -> today;
            };
        }
        if (m.group("end") != null) {
            return today.with(TemporalAdjusters.lastDayOfMonth());
        }
        if (m.group("first") != null) {
            return today.getDayOfMonth() == 1 ? today : today.with(TemporalAdjusters.firstDayOfNextMonth());
        }
        if (m.group("wd") != null) {
            return weekday(m, today);
        }
        if (m.group("dom") != null) {
            return dayOfMonth(Integer.parseInt(m.group("dom")), today);
        }
        if (m.group("word") != null) {
            return dayOfMonth(ORDINALS.get(m.group("word")), today);
        }
        if (m.group("ord") != null) {
            return dayOfMonth(Integer.parseInt(m.group("ord")), today);
        }
        if (m.group("ind") != null) {
            return plus(today, m.group("ind"), m.group("inu").startsWith("week"));
        }
        return plus(today, m.group("enn"), m.group("enu").startsWith("semana"));
    }

    private static LocalDate plus(LocalDate today, String count, boolean weeks) {
        int n = Character.isDigit(count.charAt(0)) ? Integer.parseInt(count) : SMALL.getOrDefault(count, 1);
        return weeks ? today.plusWeeks(n) : today.plusDays(n);
    }

    /**
     * "Friday" and "this friday" are the first friday after today; "next friday" and "friday next week" are the friday
     * of the following Monday-to-Sunday week; and so is "el proximo viernes".
     */
    private static LocalDate weekday(Matcher m, LocalDate today) {
        DayOfWeek day = WEEKDAYS.get(m.group("wd"));
        String modifier = m.group("mod") == null ? "" : m.group("mod");
        String after = m.group("after") == null ? "" : m.group("after");
        if (modifier.equals("next") || modifier.endsWith("proximo") || after.contains("week")
                || after.contains("semana") || after.contains("proximo")) {
            return today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(day));
        }
        return today.with(TemporalAdjusters.next(day));
    }

    private static LocalDate dayOfMonth(int day, LocalDate today) {
        if (day < 1 || day > 31) {
            return null;
        }
        YearMonth month = YearMonth.from(today);
        if (day < today.getDayOfMonth()) {
            month = month.plusMonths(1);
        }
        return month.atDay(Math.min(day, month.lengthOfMonth()));
    }

    private static LocalDate monthDay(Integer month, String dayText, LocalDate today) {
        int day = Integer.parseInt(dayText);
        if (month == null || day < 1 || day > 31) {
            return null;
        }
        YearMonth target = YearMonth.of(today.getYear(), month);
        LocalDate date = target.atDay(Math.min(day, target.lengthOfMonth()));
        if (date.isBefore(today)) {
            YearMonth following = target.plusYears(1);
            date = following.atDay(Math.min(day, following.lengthOfMonth()));
        }
        return date;
    }

    /** Month first ("1/15"), unless the first number cannot be a month ("15/10"). */
    private static LocalDate slashed(Matcher m, LocalDate today) {
        int first = Integer.parseInt(m.group("slm"));
        int second = Integer.parseInt(m.group("sld"));
        boolean swap = first > 12 && second <= 12;
        int month = swap ? second : first;
        int day = swap ? first : second;
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        if (m.group("sly") != null) {
            int year = Integer.parseInt(m.group("sly"));
            year = year < 100 ? 2000 + year : year;
            YearMonth target = YearMonth.of(year, month);
            return target.atDay(Math.min(day, target.lengthOfMonth()));
        }
        return monthDay(month, String.valueOf(day), today);
    }
}
