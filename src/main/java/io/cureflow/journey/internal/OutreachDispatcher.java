package io.cureflow.journey.internal;

import io.cureflow.outreach.OutreachService;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import static io.cureflow.journey.OutreachAttempt.TOPIC_OUTREACH_DISPATCH;
import static io.cureflow.journey.OutreachAttempt.VAR_MESSAGE_ID;

/**
 * Handles "Send message" external tasks: fetches and locks a batch, sends each composed message and completes its task.
 * A failed send is retried after the retry timeout until the retries run out and Cockpit shows an incident. Sending is
 * idempotent in the outreach module, so a task delivered twice after an expired lock sends once.
 */
@Component
public class OutreachDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutreachDispatcher.class);

    private final ExternalTaskService externalTasks;
    private final OutreachService outreach;
    private final JourneyProperties.OutreachWorker settings;
    private final String workerId;

    public OutreachDispatcher(ExternalTaskService externalTasks, OutreachService outreach,
                              JourneyProperties properties) {
        this.externalTasks = externalTasks;
        this.outreach = outreach;
        this.settings = properties.outreachWorker();
        this.workerId = settings.workerId().isBlank() ? defaultWorkerId() : settings.workerId();
    }

    /** Sends everything that is due now, batch after batch; for tests and for "send now" buttons. */
    public int dispatchPending() {
        int total = 0;
        int handled;
        do {
            handled = dispatchBatch();
            total += handled;
        } while (handled == settings.maxTasks());
        return total;
    }

    /** One fetch-and-lock round, sent one after another; returns how many tasks it fetched. */
    public int dispatchBatch() {
        return dispatchBatch(Runnable::run);
    }

    /**
     * One fetch-and-lock round whose sends run on {@code senders}; returns when all are done. One fetch feeding
     * several senders, rather than several fetching loops, because concurrent fetches in one engine race for the same
     * tasks.
     */
    public int dispatchBatch(Executor senders) {
        List<LockedExternalTask> batch = externalTasks.fetchAndLock(settings.maxTasks(), workerId)
                .topic(TOPIC_OUTREACH_DISPATCH, settings.lockDuration().toMillis())
                .variables(VAR_MESSAGE_ID)
                .execute();
        CompletableFuture.allOf(batch.stream()
                        .map(task -> CompletableFuture.runAsync(() -> dispatch(task), senders))
                        .toArray(CompletableFuture[]::new))
                .join();
        return batch.size();
    }

    private void dispatch(LockedExternalTask task) {
        try {
            outreach.send(messageIdOf(task));
            externalTasks.complete(task.getId(), workerId);
        } catch (NotFoundException cancelled) {
            log.debug("Outreach task {} was cancelled while it was being sent", task.getId());
        } catch (OptimisticLockingException concurrentChange) {
            log.debug("Outreach task {} met a concurrent change; it is fetched again", task.getId());
            unlock(task);
        } catch (RuntimeException failure) {
            fail(task, failure);
        }
    }

    private static long messageIdOf(LockedExternalTask task) {
        if (task.getVariables().get(VAR_MESSAGE_ID) instanceof Number messageId) {
            return messageId.longValue();
        }
        throw new IllegalStateException("External task has no " + VAR_MESSAGE_ID);
    }

    private void fail(LockedExternalTask task, RuntimeException failure) {
        int retries = task.getRetries() == null ? settings.retries() - 1 : task.getRetries() - 1;
        log.warn("Sending outreach task {} failed ({} retries left): {}", task.getId(), Math.max(retries, 0),
                failure.getClass().getName());
        try {
            externalTasks.handleFailure(task.getId(), workerId, failure.getClass().getName(),
                    FailureDetails.of(failure), Math.max(retries, 0), settings.retryTimeout().toMillis());
        } catch (NotFoundException cancelled) {
            log.debug("Outreach task {} was cancelled while it failed", task.getId());
        }
    }

    private void unlock(LockedExternalTask task) {
        try {
            externalTasks.unlock(task.getId());
        } catch (NotFoundException cancelled) {
            log.debug("Outreach task {} was cancelled meanwhile", task.getId());
        }
    }

    private static String defaultWorkerId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return "cureflow-" + host + "-" + ManagementFactory.getRuntimeMXBean().getPid();
    }
}
