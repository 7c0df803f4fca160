package io.cureflow.compliance.internal.states;

import io.cureflow.compliance.internal.caps.Bound;

/** State pack configurations for tests, bound as Spring binds them: the defaults plus the given overrides. */
public final class StatePacks {

    private StatePacks() {
    }

    public static StatesProperties defaults() {
        return with();
    }

    /** @param pairs e.g. {@code "nyc.enabled=true"} */
    public static StatesProperties with(String... pairs) {
        return Bound.bind(StatesProperties.class, "cureflow.compliance.states", pairs);
    }
}
