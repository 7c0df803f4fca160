package io.cureflow.benchmark;

import io.cureflow.journey.DelinquencyJourney;
import io.cureflow.journey.internal.JourneyProperties;
import io.cureflow.support.EmbeddedPostgresSupport;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./mvnw -Pbenchmark verify}: imports accounts on PostgreSQL and runs every journey to its first wait after the
 * first outreach, and in the same run drives the raw engine through a process of the same shape with no-op steps.
 * Sizes: {@code -Dbenchmark.accounts} (100,000), {@code -Dbenchmark.raw} (20,000), {@code -Dbenchmark.rounds} (3).
 * Prints journeys per second and the ratio to the raw engine (medians of the rounds) and writes them to
 * {@code target/benchmark/journeys.md}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "cureflow.account.demo-data.enabled=false",
        "logging.level.root=WARN",
        "logging.level.io.cureflow.benchmark=INFO"
})
class JourneyBenchmark {

    private static final Logger log = LoggerFactory.getLogger(JourneyBenchmark.class);

    /** A Tuesday, 2 pm on the East Coast and 11 am on the West Coast: every borrower may be contacted. */
    static final Instant NOW = Instant.parse("2026-11-24T19:00:00Z");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry);
    }

    @TestConfiguration
    static class Fixtures {

        @Bean
        @Primary
        Clock benchmarkClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }

        @Bean
        JavaDelegate rawNoOp() {
            return execution -> {
            };
        }
    }

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ExternalTaskService externalTasks;
    @Autowired
    TestRestTemplate rest;
    @Value("${spring.task.execution.pool.core-size:8}")
    int listenerThreads;
    @Autowired
    JourneyProperties journeySettings;

    @BeforeAll
    static void fixEngineClock() {
        ClockUtil.setCurrentTime(Date.from(NOW));
    }

    @AfterAll
    static void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void journeysPerSecond() throws Exception {
        int accounts = Integer.getInteger("benchmark.accounts", 100_000);
        int rawInstances = Integer.getInteger("benchmark.raw", 20_000);
        int rounds = Integer.getInteger("benchmark.rounds", 3);
        LocalDate today = LocalDate.ofInstant(NOW, ZoneId.of("America/New_York"));

        RawEngineRun raw = new RawEngineRun(repository, runtime, externalTasks,
                DelinquencyJourney.DECISION_TREATMENT_STRATEGY);
        raw.deploy();
        int workerThreads = journeySettings.outreachWorker().threads();
        raw.run("warmup-raw-", 2_000, listenerThreads, workerThreads);
        runJourneys("WARMUP", 2_000, today);

        List<Double> rawRates = new ArrayList<>();
        List<Double> journeyRates = new ArrayList<>();
        List<Double> importRates = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            Duration rawTime = raw.run("raw-" + round + "-", rawInstances, listenerThreads, workerThreads);
            rawRates.add(perSecond(rawInstances, rawTime));
            JourneyTimes times = runJourneys("R" + round, accounts, today);
            journeyRates.add(perSecond(accounts, times.journeys()));
            importRates.add(perSecond(accounts, times.importOnly()));
            log.info("round {}: raw engine {} /s, journeys {} /s (import alone {} rows/s)", round,
                    format(rawRates.get(round - 1)), format(journeyRates.get(round - 1)),
                    format(importRates.get(round - 1)));
        }
        Results results = new Results(accounts, rawInstances, rounds, median(rawRates), median(journeyRates),
                median(importRates));
        results.write(Path.of("target", "benchmark", "journeys.md"));
        log.info("\n{}", results.table());
        assertThat(results.journeysPerSecond()).as("journeys per second").isPositive();
    }

    private JourneyTimes runJourneys(String prefix, int accounts, LocalDate today) throws Exception {
        Path csv = BenchmarkAccounts.write(Files.createTempFile("benchmark-", ".csv"), prefix, accounts, today);
        long waitingBefore = waitingJourneys();
        long start = System.nanoTime();
        ResponseEntity<Map> answer = importFile(csv);
        Duration importOnly = Duration.ofNanos(System.nanoTime() - start);
        assertThat(answer.getStatusCode().is2xxSuccessful()).as("import answered %s", answer.getStatusCode()).isTrue();
        assertThat(((Number) answer.getBody().get("rejected")).intValue()).as("rejected rows").isZero();
        Waiting.until(() -> waitingJourneys() - waitingBefore >= accounts, Duration.ofMinutes(60));
        Duration journeys = Duration.ofNanos(System.nanoTime() - start);
        Files.delete(csv);
        return new JourneyTimes(importOnly, journeys);
    }

    private long waitingJourneys() {
        return runtime.createExecutionQuery()
                .processDefinitionKey(DelinquencyJourney.PROCESS_KEY)
                .activityId(DelinquencyJourney.EVENT_WAIT_FOR_NEXT_REMINDER)
                .count();
    }

    private ResponseEntity<Map> importFile(Path csv) {
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new FileSystemResource(csv));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth("admin", "admin")
                .postForEntity("/api/v1/accounts/import", new HttpEntity<>(body, headers), Map.class);
    }

    private static double perSecond(int count, Duration elapsed) {
        return count / (elapsed.toNanos() / 1e9);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private record JourneyTimes(Duration importOnly, Duration journeys) {
    }

    record Results(int accounts, int rawInstances, int rounds, double rawPerSecond, double journeysPerSecond,
                   double importRowsPerSecond) {

        String table() {
            return String.join("\n",
                    "| measure (median of " + rounds + " rounds, PostgreSQL, " + Runtime.getRuntime().availableProcessors()
                            + " cores) | value |",
                    "|---|---|",
                    "| journeys/s: " + accounts + " accounts imported and every journey at its first wait after "
                            + "the first outreach | " + format(journeysPerSecond) + " |",
                    "| raw engine/s: same process shape, no-op steps, " + rawInstances + " instances | "
                            + format(rawPerSecond) + " |",
                    "| ratio journeys / raw engine | " + String.format(Locale.ROOT, "%.2f",
                            journeysPerSecond / rawPerSecond) + " |",
                    "| import alone, rows/s | " + format(importRowsPerSecond) + " |");
        }

        void write(Path file) throws java.io.IOException {
            Files.createDirectories(file.getParent());
            Files.writeString(file, table() + "\n");
        }
    }
}
