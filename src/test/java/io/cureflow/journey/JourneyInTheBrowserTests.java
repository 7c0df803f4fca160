package io.cureflow.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.cureflow.account.CaseService;
import io.cureflow.journey.internal.OutreachDispatcher;
import io.cureflow.support.EngineClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * A manager's first journey in a real browser (Playwright on Debian's Chromium): signs in, imports a CSV with one bad
 * row on the import page, answers the first message as the borrower in the sandbox and finds the reply on the case
 * page. Each page is saved to {@code target/screenshots/} for a person to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:cureflow-browser;DB_CLOSE_DELAY=-1",
        "cureflow.account.demo-data.enabled=false",
        "camunda.bpm.job-execution.enabled=false",
        "cureflow.journey.outreach-worker.enabled=false"})
@Tag("browser")
class JourneyInTheBrowserTests {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    static final List<String> CHROMIUM_ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;
    @TestBean
    Clock clock;
    @Autowired
    CaseService cases;
    @Autowired
    JourneyQueries journeys;
    @Autowired
    OutreachDispatcher dispatcher;

    BrowserContext context;
    Page page;
    final String accountId = JourneyDriver.uniqueAccountId();
    final String lastName = "Rivera" + UUID.randomUUID().toString().substring(0, 4);

    static Clock clock() {
        return new EngineClock();
    }

    @BeforeAll
    static void launchChromium() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setArgs(CHROMIUM_ARGS));
    }

    @AfterAll
    static void closeChromium() {
        browser.close();
        playwright.close();
    }

    @BeforeEach
    void signInAsManagerOnThursdayMorning() {
        JourneyDriver.setTime(JourneyEndToEndTests.THURSDAY_MORNING);
        context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("en-US")
                .setTimezoneId("America/Chicago")
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        page.navigate(url("/login"));
        screenshot("login");
        page.locator("#username").fill("manager");
        page.locator("#password").fill("manager");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url("/cases"));
        screenshot("cases");
    }

    @AfterEach
    void closePages() {
        context.close();
        ClockUtil.reset();
    }

    @Test
    void importPageShowsProgressCountsAndTheRejectedRow() {
        importThroughThePage();

        assertThat(page.locator("#import-progress progress")).hasAttribute("value", "100");
        assertThat(page.locator("#import-progress dl.counts dd")).hasText(new String[] {"1", "0", "1"});
        Locator rejection = page.locator("#import-progress tbody tr");
        assertThat(rejection).hasCount(1);
        assertThat(rejection.locator("td")).hasText(new String[] {"3", "balance", "must not be negative"});
        screenshot("import-result");
    }

    @Test
    void replyTypedInTheSandboxAppearsInTheThreadAndOnTheCasePage() {
        importThroughThePage();
        long caseId = cases.findAccount(accountId).orElseThrow().openCaseId();
        await().atMost(Duration.ofSeconds(15)).until(() -> journeys.statusOf(caseId).running());
        dispatcher.dispatchPending();

        page.navigate(url("/sandbox"));
        screenshot("sandbox");
        page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Sam " + lastName)).click();
        assertThat(page.locator("li.bubble.outbound")).hasCount(1);
        screenshot("sandbox-thread");
        page.evaluate("() => { window.sameDocument = true; }");
        page.locator("#reply-channel").selectOption("EMAIL");
        page.locator("#reply-text").fill("I lost my job last month. Can we talk about a plan?");
        page.locator("form.reply").getByRole(AriaRole.BUTTON).click();

        assertThat(page.locator("li.bubble.inbound .bubble-body"))
                .hasText("I lost my job last month. Can we talk about a plan?");
        assertThat(page.evaluate("() => window.sameDocument === true")).isEqualTo(true);
        assertThat(page.locator("#reply-text")).hasValue("");
        screenshot("sandbox-replied");

        page.navigate(url("/cases/" + caseId));
        Locator reply = page.locator("#timeline li.timeline-REPLY_RECEIVED");
        assertThat(reply.locator(".timeline-summary")).hasText("Reply received by email");
        assertThat(reply.locator(".timeline-message"))
                .hasText("I lost my job last month. Can we talk about a plan?");
        assertThat(reply.locator(".timeline-message mark.evidence").first()).isVisible();
        assertThat(reply.locator(".timeline-details")).containsText("Hardship");
        assertThat(page.locator("#stands")).containsText("Review contact stop");
        screenshot("case");
    }

    private void importThroughThePage() {
        String csv = JourneyDriver.CSV_HEADER + "\n"
                + JourneyDriver.chicagoRow(accountId, "loan", "850.00", 12).replace("Rivera", lastName) + "\n"
                + JourneyDriver.chicagoRow(accountId + "-X", "loan", "-5.00", 12) + "\n";
        page.navigate(url("/imports"));
        screenshot("imports");
        page.locator("#file").setInputFiles(new FilePayload("accounts.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
        assertThat(page.locator("#import-progress table")).isVisible();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(name + ".png")));
    }
}
