package io.cureflow.compliance.internal.web;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.InvalidRestrictionException;
import io.cureflow.compliance.InvalidRestrictionException.Problem;
import io.cureflow.compliance.NewRestriction;
import io.cureflow.compliance.RestrictionKind;
import io.cureflow.compliance.RestrictionSource;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/** Turns the request's text into a {@link NewRestriction}, naming every field it cannot read. */
final class RestrictionRequestParser {

    private static final String KEY = "compliance.restriction.error.";
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    private final List<Problem> problems = new ArrayList<>();

    static NewRestriction parse(RestrictionRequest request, String recordedBy) {
        return new RestrictionRequestParser().read(request, recordedBy);
    }

    private NewRestriction read(RestrictionRequest request, String recordedBy) {
        if (request.accountId() == null) {
            problems.add(new Problem("accountId", KEY + "accountId"));
        }
        RestrictionKind kind = named("kind", request.kind(), RestrictionKind::valueOf, true);
        Channel channel = named("channel", request.channel(), Channel::valueOf, false);
        RestrictionSource source = request.source() == null ? RestrictionSource.API
                : named("source", request.source(), RestrictionSource::valueOf, true);
        LocalTime from = time("from", request.from());
        LocalTime until = time("until", request.until());
        Set<DayOfWeek> days = days(request.daysOfWeek());
        Instant activeUntil = instant(request.activeUntil());
        if (!problems.isEmpty()) {
            throw new InvalidRestrictionException(problems);
        }
        return new NewRestriction(kind, request.accountId(), Boolean.TRUE.equals(request.allDebts()), channel,
                blankToNull(request.contactPoint()), from, until, days, activeUntil, source, recordedBy,
                blankToNull(request.note()));
    }

    private <T> T named(String field, String value, Function<String, T> parse, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new Problem(field, KEY + field));
            }
            return null;
        }
        try {
            return parse.apply(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(field, KEY + field));
            return null;
        }
    }

    private LocalTime time(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.trim(), HOURS);
        } catch (DateTimeException e) {
            problems.add(new Problem(field, KEY + "from"));
            return null;
        }
    }

    private Set<DayOfWeek> days(List<String> values) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (values == null) {
            return days;
        }
        for (String value : values) {
            DayOfWeek day = named("daysOfWeek", value == null ? "" : value, DayOfWeek::valueOf, true);
            if (day != null) {
                days.add(day);
            }
        }
        return days;
    }

    private Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeException e) {
            problems.add(new Problem("activeUntil", KEY + "activeUntil"));
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
