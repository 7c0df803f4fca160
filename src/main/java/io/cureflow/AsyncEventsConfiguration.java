package io.cureflow;

import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The pool that runs module listeners after their sender's commit, sized by {@code spring.task.execution.*}. Boot
 * does not create its own here because the Camunda starter already defines an executor (the job executor's), and
 * without this bean {@code @Async} would start a new thread for every event.
 */
@Configuration(proxyBeanMethods = false)
class AsyncEventsConfiguration {

    @Bean(name = {"taskExecutor", "applicationTaskExecutor"})
    ThreadPoolTaskExecutor taskExecutor(ThreadPoolTaskExecutorBuilder builder) {
        return builder.build();
    }
}
