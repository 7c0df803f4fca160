package io.cureflow.understanding.internal.limits;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

/** The days an English or Spanish day word names: "saturdays", "weekdays", "fines de semana", "domingos". */
final class DayWords {

    private DayWords() {
    }

    static Set<DayOfWeek> of(String word) {
        String day = word.replaceAll("s$", "");
        return switch (day) {
            case "monday", "lune" -> EnumSet.of(DayOfWeek.MONDAY);
            case "tuesday", "marte" -> EnumSet.of(DayOfWeek.TUESDAY);
            case "wednesday", "miercole" -> EnumSet.of(DayOfWeek.WEDNESDAY);
            case "thursday", "jueve" -> EnumSet.of(DayOfWeek.THURSDAY);
            case "friday", "vierne" -> EnumSet.of(DayOfWeek.FRIDAY);
            case "saturday", "sabado" -> EnumSet.of(DayOfWeek.SATURDAY);
            case "sunday", "domingo" -> EnumSet.of(DayOfWeek.SUNDAY);
            case "weekend", "fin de semana", "fines de semana", "fine de semana" ->
                    EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            default -> EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        };
    }
}
