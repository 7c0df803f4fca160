package io.cureflow.workspace.internal;

import io.cureflow.journey.JourneyStatus;

import java.time.Instant;
import java.util.List;

/** Where a case's journey stands: the steps it waits in, the timers it waits for, and the tasks open for people. */
public record JourneySummary(boolean running, List<String> waitingIn, List<Timer> timers, List<String> openTasks) {

    public record Timer(String name, Instant dueAt) {
    }

    static JourneySummary of(JourneyStatus status) {
        List<Timer> timers = status.timers() == null ? List.of()
                : status.timers().stream().map(timer -> new Timer(timer.name(), timer.dueAt())).toList();
        return new JourneySummary(status.running(), orEmpty(status.waitingIn()), timers, orEmpty(status.openTasks()));
    }

    private static List<String> orEmpty(List<String> names) {
        return names == null ? List.of() : List.copyOf(names);
    }
}
