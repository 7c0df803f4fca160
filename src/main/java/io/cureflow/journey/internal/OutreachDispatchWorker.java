package io.cureflow.journey.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the {@link OutreachDispatcher}: one loop fetches batches, {@code threads} senders work each batch side by side.
 * The loop goes again right away after a batch with work and pauses longer and longer after empty polls. Off with
 * {@code cureflow.journey.outreach-worker.enabled=false} when separate worker processes take the topic.
 */
@Component
public class OutreachDispatchWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutreachDispatchWorker.class);

    private final OutreachDispatcher dispatcher;
    private final JourneyProperties.OutreachWorker settings;
    private volatile ScheduledExecutorService poller;
    private volatile ExecutorService senders;
    private volatile boolean running;
    private Duration idleWait;

    public OutreachDispatchWorker(OutreachDispatcher dispatcher, JourneyProperties properties) {
        this.dispatcher = dispatcher;
        this.settings = properties.outreachWorker();
    }

    @Override
    public synchronized void start() {
        if (!settings.enabled() || running) {
            return;
        }
        poller = Executors.newSingleThreadScheduledExecutor(daemon("outreach-dispatch"));
        senders = Executors.newFixedThreadPool(settings.threads(), daemon("outreach-send-"));
        idleWait = settings.minIdleWait();
        running = true;
        poller.execute(this::poll);
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name.endsWith("-") ? name + number.incrementAndGet() : name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private void poll() {
        Duration pause;
        try {
            if (dispatcher.dispatchBatch(senders) > 0) {
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
                poller.schedule(this::poll, pause.toMillis(), TimeUnit.MILLISECONDS);
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

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        poller.shutdown();
        try {
            if (!poller.awaitTermination(30, TimeUnit.SECONDS)) {
                poller.shutdownNow();
            }
        } catch (InterruptedException e) {
            poller.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            senders.shutdown();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
