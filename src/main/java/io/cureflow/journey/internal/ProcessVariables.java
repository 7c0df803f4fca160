package io.cureflow.journey.internal;

import io.cureflow.compliance.Channel;
import org.camunda.bpm.engine.delegate.VariableScope;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Typed reads of the journeys' primitive variables, and the ISO-8601 form timers read their dates from. */
final class ProcessVariables {

    private ProcessVariables() {
    }

    static long requiredLong(VariableScope scope, String name) {
        if (scope.getVariable(name) instanceof Number number) {
            return number.longValue();
        }
        throw missing(name);
    }

    static Long optionalLong(VariableScope scope, String name) {
        return scope.getVariable(name) instanceof Number number ? number.longValue() : null;
    }

    static int requiredInt(VariableScope scope, String name) {
        return Math.toIntExact(requiredLong(scope, name));
    }

    static String requiredString(VariableScope scope, String name) {
        if (scope.getVariable(name) instanceof String text && !text.isBlank()) {
            return text;
        }
        throw missing(name);
    }

    static Channel channel(VariableScope scope, String name) {
        return Channel.valueOf(requiredString(scope, name));
    }

    /** Timer definitions read these strings; milliseconds are the engine's resolution. */
    static String isoInstant(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private static IllegalStateException missing(String name) {
        return new IllegalStateException("Process variable '" + name + "' is missing or has the wrong type");
    }
}
