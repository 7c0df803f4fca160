package io.cureflow.journey;

import java.time.Instant;
import java.util.List;

/**
 * Where a case's journey stands: the steps it waits in (business names from the model) and the timers it waits for.
 */
public record JourneyStatus(long caseId, boolean running, List<String> waitingIn, List<Timer> timers,
                            List<String> openTasks) {

    public record Timer(String name, Instant dueAt) {
    }
}
