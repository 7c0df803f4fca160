package io.cureflow.journey.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the {@link OutreachDispatcher} in {@code threads} poll loops: each one goes again right away after a batch
 * with work and pauses longer and longer after empty polls. Fetch-and-lock keeps the loops off each other's tasks, as
 * it does for separate worker processes. Off with {@code cureflow.journey.outreach-worker.enabled=false} when such
 * processes take the topic.
 */
@Component
public class OutreachDispatchWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutreachDispatchWorker.class);

    private final OutreachDispatcher dispatcher;
    private final JourneyProperties.OutreachWorker settings;
    private volatile ScheduledThreadPoolExecutor executor;
    private volatile boolean running;

    public OutreachDispatchWorker(OutreachDispatcher dispatcher, JourneyProperties properties) {
        this.dispatcher = dispatcher;
        this.settings = properties.outreachWorker();
    }

    @Override
    public synchronized void start() {
        if (!settings.enabled() || running) {
            return;
        }
        AtomicInteger number = new AtomicInteger();
        executor = new ScheduledThreadPoolExecutor(settings.threads(), runnable -> {
            Thread thread = new Thread(runnable, "outreach-dispatch-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        running = true;
        for (int i = 0; i < settings.threads(); i++) {
            executor.execute(new PollLoop()::poll);
        }
    }

    /** One loop's state: its own pause, so a busy loop does not make an idle one hurry. */
    private final class PollLoop {

        private Duration idleWait = settings.minIdleWait();

        void poll() {
            Duration pause;
            try {
                if (dispatcher.dispatchBatch() > 0) {
                    idleWait = settings.minIdleWait();
                    pause = Duration.ZERO;
                } else {
                    pause = nextIdleWait();
                }
            } catch (RuntimeException e) {
                log.warn("Outreach dispatch poll failed: {}", e.getClass().getName());
                pause = nextIdleWait();
            }
            if (running) {
                try {
                    executor.schedule(this::poll, pause.toMillis(), TimeUnit.MILLISECONDS);
                } catch (RejectedExecutionException stopping) {
                    log.debug("Outreach dispatch stopped");
                }
            }
        }

        private Duration nextIdleWait() {
            Duration pause = idleWait;
            Duration doubled = idleWait.multipliedBy(2);
            idleWait = doubled.compareTo(settings.maxIdleWait()) > 0 ? settings.maxIdleWait() : doubled;
            return pause;
        }
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
