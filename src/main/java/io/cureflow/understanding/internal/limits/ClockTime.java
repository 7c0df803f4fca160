package io.cureflow.understanding.internal.limits;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time of day as a borrower writes it: "6", "6pm", "6:30 p.m.", "18:00", "18h", "six", "las 6 de la tarde", "noon".
 * An hour without am or pm is read the way a request about calls means it: 1 to 7 are afternoon or evening hours
 * (nobody asks for calls "after 6" in the morning), 12 is noon, 13 to 23 are 24-hour times. 8 to 11 could be either,
 * so alone they are not read at all; in a range the other end may settle them ("between 9 and 5").
 */
final class ClockTime {

    private static final String NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce";
    private static final String PART_OF_DAY = "de la (?:manana|tarde|noche)|in the (?:morning|afternoon|evening)"
            + "|at night";

    /** The words of one time, for use inside the limit patterns. */
    static final String PATTERN = "(?:(?:the|las|la|a las|a la|de las|de la|del|el) )?"
            + "(?:\\d{1,2}(?:[:.h]\\d{2})?(?: ?(?:am|pm|hrs|hr|hs|h|horas|oclock))?(?: (?:" + PART_OF_DAY + "))?"
            + "|(?:" + NUMBER_WORDS + ")(?: ?(?:am|pm|oclock))?(?: (?:" + PART_OF_DAY + "))?"
            + "|noon|midday|mediodia|medio dia|midnight|medianoche)";

    private static final Pattern PARTS = Pattern.compile("(\\d{1,2}|" + NUMBER_WORDS + ")(?:[:.h](\\d{2}))?"
            + "(?: ?(am|pm|hrs|hr|hs|h|horas|oclock))?(?: (" + PART_OF_DAY + "))?");
    private static final Map<String, Integer> WORDS = words();

    enum Meridiem { AM, PM, TWENTY_FOUR, NONE }

    /** The hour and minute as written, before am or pm is settled. */
    record Written(int hour, int minute, Meridiem meridiem) {

        /** The times this could mean. */
        List<LocalTime> candidates() {
            List<LocalTime> times = new ArrayList<>(2);
            switch (meridiem) {
                case AM -> add(times, hour == 12 ? 0 : hour, hour <= 12);
                case PM -> add(times, hour == 12 ? 12 : hour < 12 ? hour + 12 : hour, hour <= 23);
                case TWENTY_FOUR -> add(times, hour, hour <= 23);
                case NONE -> {
                    if (hour == 0 || hour == 12 || hour >= 13) {
                        add(times, hour, hour <= 23);
                    } else if (hour <= 7) {
                        add(times, hour + 12, true);
                    } else {
                        add(times, hour, true);
                        add(times, hour + 12, true);
                    }
                }
            }
            return times;
        }

        private void add(List<LocalTime> times, int hourOfDay, boolean valid) {
            if (valid && minute < 60) {
                times.add(LocalTime.of(hourOfDay, minute));
            }
        }
    }

    private ClockTime() {
    }

    static Optional<Written> written(String words) {
        String text = words.replaceFirst("^(?:the|las|la|a las|a la|de las|de la|del|el) ", "");
        switch (text) {
            case "noon", "midday", "mediodia", "medio dia" -> {
                return Optional.of(new Written(12, 0, Meridiem.TWENTY_FOUR));
            }
            case "midnight", "medianoche" -> {
                return Optional.of(new Written(0, 0, Meridiem.TWENTY_FOUR));
            }
            default -> {
            }
        }
        Matcher parts = PARTS.matcher(text);
        if (!parts.matches()) {
            return Optional.empty();
        }
        String number = parts.group(1);
        int hour = WORDS.containsKey(number) ? WORDS.get(number) : Integer.parseInt(number);
        int minute = parts.group(2) == null ? 0 : Integer.parseInt(parts.group(2));
        return Optional.of(new Written(hour, minute, meridiem(number, parts.group(3), parts.group(4))));
    }

    /** One time on its own: known when only one reading is left. */
    static Optional<LocalTime> alone(String words) {
        return written(words).map(Written::candidates).filter(times -> times.size() == 1).map(times -> times.get(0));
    }

    /**
     * The two ends of a range ("between 5 and 7", "from 9am to 5"): the one pair of readings where the start comes
     * first and the range is shorter than twelve hours. "between 8 and 10" has two such pairs and is not read.
     */
    static Optional<LocalTime[]> range(String first, String second) {
        Optional<Written> start = written(first);
        Optional<Written> end = written(second);
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        Written from = start.get();
        Written until = end.get();
        if (from.meridiem() == Meridiem.NONE && (until.meridiem() == Meridiem.AM || until.meridiem() == Meridiem.PM)
                && from.hour() <= 12) {
            List<LocalTime> shared = new Written(from.hour(), from.minute(), until.meridiem()).candidates();
            Optional<LocalTime[]> read = only(shared, until.candidates());
            if (read.isPresent()) {
                return read;
            }
        }
        return only(from.candidates(), until.candidates());
    }

    private static Optional<LocalTime[]> only(List<LocalTime> starts, List<LocalTime> ends) {
        List<LocalTime[]> pairs = new ArrayList<>(1);
        for (LocalTime start : starts) {
            for (LocalTime end : ends) {
                if (start.isBefore(end) && end.toSecondOfDay() - start.toSecondOfDay() < 12 * 3600) {
                    pairs.add(new LocalTime[]{start, end});
                }
            }
        }
        return pairs.size() == 1 ? Optional.of(pairs.get(0)) : Optional.empty();
    }

    private static Meridiem meridiem(String number, String suffix, String partOfDay) {
        if (suffix != null) {
            return switch (suffix) {
                case "am" -> Meridiem.AM;
                case "pm" -> Meridiem.PM;
                case "oclock" -> Meridiem.NONE;
                default -> Meridiem.TWENTY_FOUR;
            };
        }
        if (partOfDay != null) {
            return partOfDay.contains("manana") || partOfDay.contains("morning") ? Meridiem.AM : Meridiem.PM;
        }
        return number.length() == 2 && number.charAt(0) == '0' ? Meridiem.TWENTY_FOUR : Meridiem.NONE;
    }

    private static Map<String, Integer> words() {
        String[] english = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve"};
        String[] spanish = {"una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once",
                "doce"};
        Map<String, Integer> words = new java.util.HashMap<>();
        for (int i = 0; i < 12; i++) {
            words.put(english[i], i + 1);
            words.put(spanish[i], i + 1);
        }
        words.put("uno", 1);
        return Map.copyOf(words);
    }
}
