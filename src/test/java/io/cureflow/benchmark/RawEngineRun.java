package io.cureflow.benchmark;

import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.variable.Variables;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Drives the no-op copy of the journey the way CureFlow drives the real one: instances started from a pool of threads
 * as wide as the event listener pool, external tasks fetched in batches by one loop and completed by as many
 * senders as CureFlow's outreach worker has.
 */
final class RawEngineRun {

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ExternalTaskService externalTasks;
    private final String decisionKey;

    RawEngineRun(RepositoryService repository, RuntimeService runtime, ExternalTaskService externalTasks,
                 String decisionKey) {
        this.repository = repository;
        this.runtime = runtime;
        this.externalTasks = externalTasks;
        this.decisionKey = decisionKey;
    }

    void deploy() {
        repository.createDeployment()
                .name("benchmark-raw-engine")
                .addModelInstance("raw-journey.bpmn", RawEngineModels.journey(decisionKey))
                .addModelInstance("raw-attempt.bpmn", RawEngineModels.attempt())
                .deploy();
    }

    /** Runs {@code instances} journeys to their wait and returns how long that took. */
    Duration run(String prefix, int instances, int threads, int workerThreads) throws InterruptedException {
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger next = new AtomicInteger();
        ExecutorService starters = Executors.newFixedThreadPool(threads);
        ExecutorService senders = Executors.newFixedThreadPool(workerThreads);
        Thread worker = new Thread(() -> workExternalTasks(done, senders), "raw-outreach-dispatch");
        long start = System.nanoTime();
        worker.start();
        for (int t = 0; t < threads; t++) {
            starters.execute(() -> {
                for (int i = next.getAndIncrement(); i < instances; i = next.getAndIncrement()) {
                    runtime.startProcessInstanceByKey(RawEngineModels.JOURNEY, prefix + i, Variables.createVariables()
                            .putValue("caseId", (long) i)
                            .putValue("daysPastDue", 1 + i % 119)
                            .putValue("balance", 500.0 + i % 5000)
                            .putValue("product", "credit_card"));
                }
            });
        }
        starters.shutdown();
        starters.awaitTermination(1, TimeUnit.HOURS);
        Waiting.until(() -> runtime.createExecutionQuery().processDefinitionKey(RawEngineModels.JOURNEY)
                .activityId(RawEngineModels.WAIT_ACTIVITY).count() >= instances, Duration.ofMinutes(30));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        done.set(true);
        worker.join();
        senders.shutdown();
        return elapsed;
    }

    private void workExternalTasks(AtomicBoolean done, ExecutorService senders) {
        while (!done.get()) {
            List<LockedExternalTask> batch = externalTasks.fetchAndLock(100, "raw-worker")
                    .topic(RawEngineModels.TOPIC, 60_000)
                    .execute();
            CompletableFuture.allOf(batch.stream()
                            .map(task -> CompletableFuture.runAsync(
                                    () -> externalTasks.complete(task.getId(), "raw-worker"), senders))
                            .toArray(CompletableFuture[]::new))
                    .join();
            if (batch.isEmpty()) {
                Waiting.pause(Duration.ofMillis(20));
            }
        }
    }
}
