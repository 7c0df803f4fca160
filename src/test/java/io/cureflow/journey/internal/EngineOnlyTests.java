package io.cureflow.journey.internal;

import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;

/** The engine of the engine-only process tests: in-memory H2, delegates as mocks, jobs run by the tests. */
final class EngineOnlyTests {

    static final String CONFIGURATION = "journey-process-tests.cfg.xml";

    private EngineOnlyTests() {
    }

    static ProcessEngineExtension engine() {
        return ProcessEngineExtension.builder().configurationResource(CONFIGURATION).build();
    }
}
