package io.cureflow.compliance.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static java.util.Map.entry;

/**
 * The time zones a US postal address may be in. A state that spans two zones answers both, unless the first three
 * digits of the ZIP code fall in a range listed here that lies wholly in one zone. Ranges that straddle the line
 * (for example Florida's 324, with Gulf County split) are left out on purpose: both zones stay candidates.
 */
final class UsAddressTimeZones {

    private static final ZoneId EASTERN = ZoneId.of("America/New_York");
    private static final ZoneId CENTRAL = ZoneId.of("America/Chicago");
    private static final ZoneId MOUNTAIN = ZoneId.of("America/Denver");
    private static final ZoneId ARIZONA = ZoneId.of("America/Phoenix");
    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    private static final ZoneId ALASKA = ZoneId.of("America/Anchorage");
    private static final ZoneId ALEUTIAN = ZoneId.of("America/Adak");
    private static final ZoneId HAWAII = ZoneId.of("Pacific/Honolulu");

    private record ZipRange(int fromPrefix, int toPrefix, ZoneId zone) {
        boolean contains(int prefix) {
            return prefix >= fromPrefix && prefix <= toPrefix;
        }
    }

    private record StateZones(List<ZoneId> zones, List<ZipRange> ranges) {
        static StateZones one(ZoneId zone) {
            return new StateZones(List.of(zone), List.of());
        }

        static StateZones split(ZoneId first, ZoneId second, ZipRange... ranges) {
            return new StateZones(List.of(first, second), List.of(ranges));
        }
    }

    private static final Map<String, StateZones> STATES = Map.ofEntries(
            entry("CT", StateZones.one(EASTERN)), entry("DE", StateZones.one(EASTERN)),
            entry("DC", StateZones.one(EASTERN)), entry("GA", StateZones.one(EASTERN)),
            entry("ME", StateZones.one(EASTERN)), entry("MD", StateZones.one(EASTERN)),
            entry("MA", StateZones.one(EASTERN)), entry("NH", StateZones.one(EASTERN)),
            entry("NJ", StateZones.one(EASTERN)), entry("NY", StateZones.one(EASTERN)),
            entry("NC", StateZones.one(EASTERN)), entry("OH", StateZones.one(EASTERN)),
            entry("PA", StateZones.one(EASTERN)), entry("RI", StateZones.one(EASTERN)),
            entry("SC", StateZones.one(EASTERN)), entry("VT", StateZones.one(EASTERN)),
            entry("VA", StateZones.one(EASTERN)), entry("WV", StateZones.one(EASTERN)),
            entry("AL", StateZones.one(CENTRAL)), entry("AR", StateZones.one(CENTRAL)),
            entry("IL", StateZones.one(CENTRAL)), entry("IA", StateZones.one(CENTRAL)),
            entry("LA", StateZones.one(CENTRAL)), entry("MN", StateZones.one(CENTRAL)),
            entry("MS", StateZones.one(CENTRAL)), entry("MO", StateZones.one(CENTRAL)),
            entry("OK", StateZones.one(CENTRAL)), entry("WI", StateZones.one(CENTRAL)),
            entry("CO", StateZones.one(MOUNTAIN)), entry("MT", StateZones.one(MOUNTAIN)),
            entry("NM", StateZones.one(MOUNTAIN)), entry("UT", StateZones.one(MOUNTAIN)),
            entry("WY", StateZones.one(MOUNTAIN)),
            entry("CA", StateZones.one(PACIFIC)), entry("WA", StateZones.one(PACIFIC)),
            entry("HI", StateZones.one(HAWAII)),
            entry("PR", StateZones.one(ZoneId.of("America/Puerto_Rico"))),
            entry("VI", StateZones.one(ZoneId.of("America/St_Thomas"))),
            entry("GU", StateZones.one(ZoneId.of("Pacific/Guam"))),
            entry("MP", StateZones.one(ZoneId.of("Pacific/Saipan"))),
            entry("AS", StateZones.one(ZoneId.of("Pacific/Pago_Pago"))),
            entry("FL", StateZones.split(EASTERN, CENTRAL,
                    new ZipRange(320, 323, EASTERN), new ZipRange(325, 325, CENTRAL),
                    new ZipRange(326, 349, EASTERN))),
            entry("TN", StateZones.split(EASTERN, CENTRAL,
                    new ZipRange(370, 372, CENTRAL), new ZipRange(374, 374, EASTERN),
                    new ZipRange(376, 379, EASTERN), new ZipRange(380, 385, CENTRAL))),
            entry("KY", StateZones.split(EASTERN, CENTRAL,
                    new ZipRange(402, 418, EASTERN), new ZipRange(420, 424, CENTRAL))),
            entry("IN", StateZones.split(EASTERN, CENTRAL,
                    new ZipRange(460, 462, EASTERN), new ZipRange(463, 464, CENTRAL),
                    new ZipRange(467, 474, EASTERN), new ZipRange(476, 477, CENTRAL),
                    new ZipRange(478, 478, EASTERN))),
            entry("MI", StateZones.split(EASTERN, CENTRAL, new ZipRange(480, 497, EASTERN))),
            entry("ND", StateZones.split(CENTRAL, MOUNTAIN, new ZipRange(580, 584, CENTRAL))),
            entry("SD", StateZones.split(CENTRAL, MOUNTAIN,
                    new ZipRange(570, 574, CENTRAL), new ZipRange(577, 577, MOUNTAIN))),
            entry("NE", StateZones.split(CENTRAL, MOUNTAIN,
                    new ZipRange(680, 689, CENTRAL), new ZipRange(693, 693, MOUNTAIN))),
            entry("KS", StateZones.split(CENTRAL, MOUNTAIN, new ZipRange(660, 676, CENTRAL))),
            entry("TX", StateZones.split(CENTRAL, MOUNTAIN,
                    new ZipRange(733, 733, CENTRAL), new ZipRange(750, 797, CENTRAL),
                    new ZipRange(799, 799, MOUNTAIN), new ZipRange(885, 885, MOUNTAIN))),
            entry("OR", StateZones.split(PACIFIC, MOUNTAIN, new ZipRange(970, 978, PACIFIC))),
            entry("ID", StateZones.split(MOUNTAIN, PACIFIC,
                    new ZipRange(832, 834, MOUNTAIN), new ZipRange(836, 837, MOUNTAIN),
                    new ZipRange(838, 838, PACIFIC))),
            entry("NV", StateZones.split(PACIFIC, MOUNTAIN, new ZipRange(889, 897, PACIFIC))),
            // The Navajo Nation keeps daylight saving time; the rest of Arizona does not.
            entry("AZ", StateZones.split(ARIZONA, MOUNTAIN,
                    new ZipRange(850, 859, ARIZONA), new ZipRange(861, 864, ARIZONA))),
            entry("AK", StateZones.split(ALASKA, ALEUTIAN, new ZipRange(997, 999, ALASKA))));

    private UsAddressTimeZones() {
    }

    /** Empty when the state is missing or not a US state or territory. */
    static List<ZoneId> zonesOf(String state, String zip) {
        if (state == null) {
            return List.of();
        }
        StateZones stateZones = STATES.get(state.trim().toUpperCase(Locale.ROOT));
        if (stateZones == null) {
            return List.of();
        }
        Integer prefix = zipPrefix(zip);
        if (prefix != null) {
            for (ZipRange range : stateZones.ranges()) {
                if (range.contains(prefix)) {
                    return List.of(range.zone());
                }
            }
        }
        return stateZones.zones();
    }

    private static Integer zipPrefix(String zip) {
        if (zip == null) {
            return null;
        }
        String trimmed = zip.trim();
        if (trimmed.length() < 5 || !trimmed.substring(0, 5).chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.parseInt(trimmed.substring(0, 3));
    }
}
