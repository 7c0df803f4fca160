package io.cureflow.compliance.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the consumer might be, as far as CureFlow's information tells (Reg F comment 6(b)(1)(i)-2).
 *
 * @param statedZone   the time zone on the borrower's record, when valid; it replaces the address zones
 * @param addressZones the zones of the postal address (both zones of a split state when the ZIP does not settle it)
 * @param phoneZones   the zones of the phone numbers' area codes
 * @param fallback     true when nothing indicated a location and the continental-US fallback zones were used
 */
public record ConsumerLocation(ZoneId statedZone, List<ZoneId> addressZones, List<ZoneId> phoneZones,
                               List<ZoneId> candidateZones, boolean fallback) {

    public ConsumerLocation {
        addressZones = List.copyOf(addressZones);
        phoneZones = List.copyOf(phoneZones);
        candidateZones = List.copyOf(candidateZones);
    }

    static ConsumerLocation of(ZoneId statedZone, List<ZoneId> addressZones, List<ZoneId> phoneZones,
                               List<ZoneId> fallbackZones) {
        Set<ZoneId> candidates = new LinkedHashSet<>();
        if (statedZone != null) {
            candidates.add(statedZone);
        } else {
            candidates.addAll(addressZones);
        }
        candidates.addAll(phoneZones);
        boolean fallback = candidates.isEmpty();
        if (fallback) {
            candidates.addAll(fallbackZones);
        }
        return new ConsumerLocation(statedZone, addressZones, phoneZones, new ArrayList<>(candidates), fallback);
    }
}
