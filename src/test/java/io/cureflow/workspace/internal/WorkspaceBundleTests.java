package io.cureflow.workspace.internal;

import io.cureflow.account.CaseService;
import io.cureflow.account.DelinquencyStage;
import io.cureflow.account.StageChange;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactAttempt;
import io.cureflow.compliance.ContactLedger;
import io.cureflow.outreach.OutreachMessage.Status;
import io.cureflow.outreach.OutreachService;
import io.cureflow.payment.PaymentService;
import io.cureflow.compliance.ContactRestrictions;
import io.cureflow.outreach.MessageProvenance;
import io.cureflow.compliance.RestrictionKind;
import io.cureflow.compliance.RestrictionSource;
import io.cureflow.understanding.ReplyClassifications;
import io.cureflow.payment.PaymentView;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.cureflow.workspace.internal.CaseFixtures.CASE_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class WorkspaceBundleTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates/workspace");
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{(workspace\\.[A-Za-z0-9_.-]+)");
    /** Keys built from a code, as in {@code #{|workspace.stage.${code}|}}. */
    private static final Pattern BUILT_KEY = Pattern.compile("#\\{\\|workspace\\.([a-z-]+)\\.\\$\\{");
    private static final Pattern FRAGMENT_KIND = Pattern.compile("badge\\('([a-z-]+)'");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(bundle("i18n/workspace_es.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("i18n/workspace.properties").stringPropertyNames());
    }

    @Test
    void everyKeyATemplateNamesExistsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String template : templates()) {
            Matcher matcher = LITERAL_KEY.matcher(template);
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
        }

        assertThat(used).hasSizeGreaterThan(40);
        assertThat(bundle("i18n/workspace.properties").stringPropertyNames()).containsAll(used);
        assertThat(bundle("i18n/workspace_es.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyCodeATemplateOrTheTimelineShowsHasALabel() throws IOException {
        Set<String> prefixes = new HashSet<>();
        for (String template : templates()) {
            collect(BUILT_KEY.matcher(template), prefixes);
            collect(FRAGMENT_KIND.matcher(template), prefixes);
        }
        Set<String> expected = new TreeSet<>();
        for (Class<?> type : CodeLabels.labelledTypes()) {
            for (Object code : type.getEnumConstants()) {
                String key = CodeLabels.key((Enum<?>) code);
                expected.add(key);
                prefixes.remove(key.substring("workspace.".length(), key.lastIndexOf('.')));
            }
        }
        for (TimelineKind kind : TimelineKind.values()) {
            expected.add(kind.summaryKey());
        }
        expected.add(CodeLabels.NONE);

        assertThat(prefixes).as("codes built in templates without a labelled type").isEmpty();
        assertThat(bundle("i18n/workspace.properties").stringPropertyNames()).containsAll(expected);
        assertThat(bundle("i18n/workspace_es.properties").stringPropertyNames()).containsAll(expected);
    }

    @Test
    void everyTimelineDetailHasALabel() throws IOException {
        CaseService cases = mock(CaseService.class);
        OutreachService outreach = mock(OutreachService.class);
        ContactLedger ledger = mock(ContactLedger.class);
        PaymentService payments = mock(PaymentService.class);
        ReplyClassifications replies = mock(ReplyClassifications.class);
        ContactRestrictions restrictions = mock(ContactRestrictions.class);
        Instant at = CaseFixtures.OPENED;
        when(cases.stageHistory(CASE_ID)).thenReturn(List.of(
                new StageChange(CASE_ID, DelinquencyStage.EARLY, DelinquencyStage.DAYS_30, 30, at)));
        when(outreach.conversationOfCase(CASE_ID)).thenReturn(List.of(
                CaseFixtures.outbound(1, Channel.SMS, Status.SENT, "a", at, at), CaseFixtures.inbound(2, "b", at)));
        when(ledger.blockedContactsOfCase(CASE_ID)).thenReturn(List.of(
                new ContactLedger.BlockedContact(3, Channel.SMS, at, at, "Outside contact hours")));
        when(ledger.attemptsOfCase(CASE_ID)).thenReturn(List.of(
                new ContactAttempt(4, CASE_ID, Channel.CALL, "FAILED", null, at)));
        when(payments.paymentsOfCase(CASE_ID)).thenReturn(List.of(
                new PaymentView(5, "PAY-5", 7, CASE_ID, BigDecimal.TEN, "USD", at, 20)));
        when(outreach.provenanceOfCase(CASE_ID)).thenReturn(Map.of(1L,
                new MessageProvenance("llm", "sms/reminder/supportive#b", "gpt-4o-mini", "write-v1")));
        when(restrictions.ofAccount(7L)).thenReturn(List.of(CaseFixtures.restriction(RestrictionKind.INCONVENIENT_TIME,
                RestrictionSource.INBOUND_CALL, at, at)));

        List<TimelineEntry> entries = new CaseTimeline(cases, outreach, ledger, payments, replies, restrictions)
                .of(CaseFixtures.closedCase(at));
        Set<String> labels = new TreeSet<>();
        entries.forEach(entry -> entry.details().keySet().forEach(name -> labels.add("workspace.detail." + name)));
        labels.remove("workspace.detail." + TimelinePresenter.BODY);

        assertThat(entries).extracting(TimelineEntry::kind).contains(TimelineKind.STAGE_CHANGED,
                TimelineKind.MESSAGE_SENT, TimelineKind.REPLY_RECEIVED, TimelineKind.CONTACT_BLOCKED,
                TimelineKind.CONTACT_ATTEMPTED, TimelineKind.PAYMENT_POSTED, TimelineKind.RESTRICTION_RECORDED,
                TimelineKind.CASE_CLOSED);
        assertThat(bundle("i18n/workspace.properties").stringPropertyNames()).containsAll(labels);
        assertThat(bundle("i18n/workspace_es.properties").stringPropertyNames()).containsAll(labels);
    }

    private static void collect(Matcher matcher, Set<String> into) {
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static List<String> templates() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".html")).map(file -> {
                try {
                    return Files.readString(file);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }

    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = WorkspaceBundleTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
