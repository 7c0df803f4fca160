package io.cureflow.journey.internal;

import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessVariablesTests {

    @Test
    void timerDatesKeepMillisecondsAndAreReadBackByTheEngineUnchanged() {
        Instant due = Instant.parse("2026-03-02T15:00:00.123456789Z");

        String written = ProcessVariables.isoInstant(due);

        assertThat(written).isEqualTo("2026-03-02T15:00:00.123Z");
        assertThat(new DueDateBusinessCalendar().resolveDuedate(written).toInstant())
                .isEqualTo(Instant.parse("2026-03-02T15:00:00.123Z"));
    }

    @Test
    void noDateIsWrittenAsNull() {
        assertThat(ProcessVariables.isoInstant(null)).isNull();
    }
}
