package io.cureflow.compliance.internal.content;

import java.util.Set;

/**
 * Whether an address is in New York City's five boroughs, from its ZIP code: Manhattan 100–102, Staten Island 103,
 * the Bronx 104, Brooklyn 112, Queens 111, 113, 114, 116 and the Queens ZIPs 11004 and 11005 (the rest of 110 and all
 * of 115 are Nassau County).
 */
final class NewYorkCity {

    private static final Set<String> PREFIXES = Set.of("100", "101", "102", "103", "104", "111", "112", "113", "114",
            "116");
    private static final Set<String> QUEENS_IN_NASSAU_RANGE = Set.of("11004", "11005");

    private NewYorkCity() {
    }

    static boolean contains(String state, String zip) {
        if (state == null || !(state.trim().equalsIgnoreCase("NY") || state.trim().equalsIgnoreCase("New York"))
                || zip == null) {
            return false;
        }
        String five = zip.trim();
        if (five.length() < 5 || !five.substring(0, 5).chars().allMatch(Character::isDigit)) {
            return false;
        }
        five = five.substring(0, 5);
        return PREFIXES.contains(five.substring(0, 3)) || QUEENS_IN_NASSAU_RANGE.contains(five);
    }
}
