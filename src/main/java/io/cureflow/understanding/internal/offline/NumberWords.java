package io.cureflow.understanding.internal.offline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads amounts written in words, English and Spanish, up to the thousands: "two hundred fifty", "doscientos cincuenta". */
final class NumberWords {

    private static final Map<String, Integer> UNITS = new HashMap<>();
    private static final Map<String, Integer> HUNDREDS = new HashMap<>();

    static {
        String[] english = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < english.length; i++) {
            UNITS.put(english[i], i);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            UNITS.put(tens[i], 20 + 10 * i);
        }
        String[] spanish = {"cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
                "once", "doce", "trece", "catorce", "quince", "dieciseis", "diecisiete", "dieciocho", "diecinueve",
                "veinte", "veintiuno", "veintidos", "veintitres", "veinticuatro", "veinticinco", "veintiseis",
                "veintisiete", "veintiocho", "veintinueve"};
        for (int i = 0; i < spanish.length; i++) {
            UNITS.put(spanish[i], i);
        }
        UNITS.put("un", 1);
        UNITS.put("una", 1);
        UNITS.put("a", 1);
        String[] decenas = {"treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"};
        for (int i = 0; i < decenas.length; i++) {
            UNITS.put(decenas[i], 30 + 10 * i);
        }
        HUNDREDS.put("cien", 100);
        HUNDREDS.put("ciento", 100);
        String[] cientos = {"doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos",
                "ochocientos", "novecientos"};
        for (int i = 0; i < cientos.length; i++) {
            HUNDREDS.put(cientos[i], 200 + 100 * i);
            HUNDREDS.put(cientos[i].replace("ientos", "ientas"), 200 + 100 * i);
        }
    }

    private NumberWords() {
    }

    static boolean isNumberWord(String word) {
        return UNITS.containsKey(word) || HUNDREDS.containsKey(word) || word.equals("hundred")
                || word.equals("thousand") || word.equals("mil");
    }

    /** The value of consecutive number words (joiners "and", "y" allowed inside), or -1 when they make no number. */
    static int value(List<String> words) {
        int total = 0;
        int current = 0;
        boolean any = false;
        for (String word : words) {
            if (word.equals("and") || word.equals("y")) {
                continue;
            }
            if (UNITS.containsKey(word)) {
                current += UNITS.get(word);
            } else if (HUNDREDS.containsKey(word)) {
                current += HUNDREDS.get(word);
            } else if (word.equals("hundred")) {
                current = Math.max(current, 1) * 100;
            } else if (word.equals("thousand") || word.equals("mil")) {
                total += Math.max(current, 1) * 1000;
                current = 0;
            } else {
                return -1;
            }
            any = true;
        }
        return any ? total + current : -1;
    }
}
