package io.cureflow.workspace.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The time zone the pages show times in: the browser's zone, which the case pages store in the {@value #COOKIE}
 * cookie, or UTC until it is known. Every time carries its zone label.
 */
public record ViewerZone(ZoneId zone) {

    public static final String COOKIE = "cureflow_tz";

    private static final ZoneId UTC = ZoneId.of("UTC");

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);

    static ViewerZone from(String cookieValue) {
        if (cookieValue == null || cookieValue.isBlank()) {
            return new ViewerZone(UTC);
        }
        try {
            return new ViewerZone(ZoneId.of(cookieValue.trim()));
        } catch (DateTimeException e) {
            return new ViewerZone(UTC);
        }
    }

    public String label() {
        return zone.getId();
    }

    public String format(Instant at) {
        return at == null ? "" : FORMAT.format(at.atZone(zone));
    }
}
