package io.cureflow.compliance.internal.states;

import io.cureflow.compliance.internal.states.StatesProperties.HoursPack;
import io.cureflow.compliance.internal.states.StatesProperties.Massachusetts;
import io.cureflow.compliance.internal.states.StatesProperties.NewYorkCity;
import io.cureflow.compliance.internal.states.StatesProperties.Washington;

import java.time.LocalDate;

/** State pack configurations for tests: the defaults, or New York City switched on. */
public final class StatePacks {

    private StatePacks() {
    }

    public static StatesProperties defaults() {
        return withNewYorkCity(new NewYorkCity(false, null, null, null));
    }

    public static StatesProperties newYorkCityFrom(LocalDate effectiveFrom) {
        return withNewYorkCity(new NewYorkCity(true, effectiveFrom, null, null));
    }

    public static StatesProperties withWashington(Washington washington) {
        return new StatesProperties(new Massachusetts(true, null, null), washington, new HoursPack(true, null),
                new HoursPack(true, null), new NewYorkCity(false, null, null, null));
    }

    private static StatesProperties withNewYorkCity(NewYorkCity nyc) {
        return new StatesProperties(new Massachusetts(true, null, null), new Washington(true, null, null),
                new HoursPack(true, null), new HoursPack(true, null), nyc);
    }
}
