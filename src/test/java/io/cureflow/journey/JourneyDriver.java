package io.cureflow.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.cureflow.account.CaseService;
import io.cureflow.journey.internal.OutreachDispatcher;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Drives journeys the way people and the engine meet them: CSV import and payments over HTTP as the README shows, due
 * jobs and pending outreach run by hand instead of by the job executor and the outreach worker.
 */
final class JourneyDriver {

    static final String CSV_HEADER = "account_id,borrower_id,first_name,last_name,phone,phone2,email,address_line1,"
            + "city,state,zip,time_zone,language,creditor,product,balance,currency,due_date,days_past_due";
    /** Events reach the engine after their transaction commits, on the listeners' threads. */
    private static final Duration EVENT_DELIVERY = Duration.ofSeconds(15);

    private final MockMvc mvc;
    private final CaseService cases;
    private final JourneyQueries journeys;
    private final OutreachDispatcher dispatcher;
    private final ManagementService management;
    private final RuntimeService runtime;

    JourneyDriver(MockMvc mvc, CaseService cases, JourneyQueries journeys, OutreachDispatcher dispatcher,
                  ManagementService management, RuntimeService runtime) {
        this.mvc = mvc;
        this.cases = cases;
        this.journeys = journeys;
        this.dispatcher = dispatcher;
        this.management = management;
        this.runtime = runtime;
    }

    static String uniqueAccountId() {
        return "E2E-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A borrower in Chicago (Central time, by the zone on file, the area code and the address alike) with a phone and
     * an email address.
     */
    static String chicagoRow(String accountId, String product, String balance, int daysPastDue) {
        return String.join(",", accountId, accountId + "-B", "Sam", "Rivera", "+13125550143", "", "sam@example.com",
                "\"12 Main St, Apt 4\"", "Chicago", "IL", "60601", "America/Chicago", "en", "Acme Bank", product,
                balance, "USD", "2026-09-01", String.valueOf(daysPastDue));
    }

    static void setTime(Instant now) {
        ClockUtil.setCurrentTime(Date.from(now));
    }

    ResultActions importCsv(String... rows) throws Exception {
        String csv = CSV_HEADER + "\n" + String.join("\n", rows) + "\n";
        return mvc.perform(multipart("/api/v1/accounts/import")
                .file(new MockMultipartFile("file", "accounts.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(httpBasic("admin", "admin")));
    }

    /** Imports one account and waits until its journey has started; returns the case id. */
    long importAndStartJourney(String row, String accountId) throws Exception {
        importCsv(row)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(1))
                .andExpect(jsonPath("$.rejected").value(0));
        long caseId = cases.findAccount(accountId).orElseThrow().openCaseId();
        await().atMost(EVENT_DELIVERY).until(() -> journeys.statusOf(caseId).running());
        return caseId;
    }

    ResultActions pay(String reference, String accountId, String amount) throws Exception {
        return mvc.perform(post("/api/v1/payments").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"externalReference": "%s", "accountId": "%s", "amount": %s, "currency": "USD"}"""
                        .formatted(reference, accountId, amount))
                .with(httpBasic("agent", "agent")));
    }

    ResultActions replyAsBorrower(long caseId, String text) throws Exception {
        return mvc.perform(post("/api/v1/sandbox/replies").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"caseId": %d, "channel": "EMAIL", "text": "%s"}""".formatted(caseId, text))
                .with(httpBasic("agent", "agent")));
    }

    /** The body of {@code GET /api/v1/cases/{id}} as an agent reads it. */
    DocumentContext caseJson(long caseId) throws Exception {
        String body = mvc.perform(get("/api/v1/cases/{id}", caseId).with(httpBasic("agent", "agent")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.parse(body);
    }

    List<String> timelineKinds(long caseId) throws Exception {
        return caseJson(caseId).read("$.timeline[*].kind");
    }

    void awaitWaitingIn(long caseId, String... steps) {
        await().atMost(EVENT_DELIVERY).untilAsserted(() ->
                assertThat(journeys.statusOf(caseId).waitingIn()).containsExactly(steps));
    }

    void awaitOpenTask(long caseId, String task) {
        await().atMost(EVENT_DELIVERY).untilAsserted(() ->
                assertThat(journeys.statusOf(caseId).openTasks()).containsExactly(task));
    }

    void awaitEnded(long caseId) {
        await().atMost(EVENT_DELIVERY).until(() -> !journeys.statusOf(caseId).running());
    }

    int dispatchPendingOutreach() {
        return dispatcher.dispatchPending();
    }

    /** The timer job waiting at this activity in the case's journey or in the outreach attempt it called. */
    Job timer(long caseId, String activityId) {
        List<Job> timers = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(caseId)).list().stream()
                .flatMap(instance -> management.createJobQuery().timers()
                        .processInstanceId(instance.getId()).activityId(activityId).list().stream())
                .toList();
        assertThat(timers).as("timers at %s", activityId).hasSize(1);
        return timers.get(0);
    }

    void execute(Job job) {
        management.executeJob(job.getId());
    }
}
