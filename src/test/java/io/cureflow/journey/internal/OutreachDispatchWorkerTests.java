package io.cureflow.journey.internal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class OutreachDispatchWorkerTests {

    private final OutreachDispatcher dispatcher = mock(OutreachDispatcher.class);
    private OutreachDispatchWorker worker;

    @AfterEach
    void stopWorker() {
        if (worker != null) {
            worker.stop();
        }
    }

    @Test
    void staysIdleWhenSwitchedOffForSeparateWorkers() {
        worker = new OutreachDispatchWorker(dispatcher, properties(false));

        worker.start();

        assertThat(worker.isRunning()).isFalse();
        verify(dispatcher, never()).dispatchBatch(any());
    }

    @Test
    void keepsPollingAfterAFailedPollAndStopsCleanly() {
        AtomicInteger polls = new AtomicInteger();
        when(dispatcher.dispatchBatch(any())).thenAnswer(call -> {
            if (polls.incrementAndGet() == 1) {
                throw new IllegalStateException("database unavailable");
            }
            return 0;
        });
        worker = new OutreachDispatchWorker(dispatcher, properties(true));

        worker.start();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> verify(dispatcher, atLeast(3)).dispatchBatch(any()));
        worker.stop();

        assertThat(worker.isRunning()).isFalse();
        int afterStop = mockingDetails(dispatcher).getInvocations().size();
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(1))
                .until(() -> mockingDetails(dispatcher).getInvocations().size() == afterStop);
    }

    private static JourneyProperties properties(boolean enabled) {
        JourneyProperties.OutreachWorker defaults = JourneyTestBed.properties().outreachWorker();
        return new JourneyProperties(new JourneyProperties.OutreachWorker(enabled, 2, 100, defaults.lockDuration(),
                Duration.ofMillis(5), Duration.ofMillis(20), 3, defaults.retryTimeout(), "test-worker"),
                JourneyTestBed.properties().validationNotice());
    }
}
