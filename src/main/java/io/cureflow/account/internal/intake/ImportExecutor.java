package io.cureflow.account.internal.intake;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs background imports one at a time per node; more would only fight over the same rows. Deliberately not an
 * {@link java.util.concurrent.Executor} bean, which would displace Spring Boot's default executor for async listeners.
 */
@Component
class ImportExecutor implements DisposableBean {

    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "account-import-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    void submit(Runnable task) {
        executor.execute(task);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
