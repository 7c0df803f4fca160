package io.cureflow.outreach.internal;

import io.cureflow.account.CaseContact;
import io.cureflow.account.CaseService;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactLedger;
import io.cureflow.compliance.ContentGuardrail;
import io.cureflow.outreach.internal.compose.ComposeProperties;
import io.cureflow.outreach.internal.compose.MessageBrief;
import io.cureflow.outreach.internal.compose.ReadabilityCheck;
import io.cureflow.outreach.internal.compose.SmsTexts;
import io.cureflow.outreach.internal.compose.TemplateMessageWriter;
import io.cureflow.outreach.internal.compose.WrittenMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every template variant CureFlow ships, in every slot (steps 1, 2 and 4), tone and language, initial and subsequent,
 * to a California borrower (licence line) and to others: the written message passes the real content guardrail, the
 * SMS budget and the readability check, names the amount and carries the payment link after the help options.
 */
@DataJpaTest
@Import(OutreachServiceTests.Beans.class)
@TestPropertySource(properties = "cureflow.compliance.content.california-licence-number=10012-99")
class EveryTemplatePassesTheGuardrailTests {

    private static final List<String> TONES = List.of("neutral", "friendly", "supportive", "urgent");
    private static final int[] STEPS = {1, 2, 4};

    @MockitoBean
    CaseService cases;

    @MockitoBean
    ContactLedger ledger;

    @MockitoSpyBean
    OutreachGateway gateway;

    @Autowired
    MessageBriefs briefs;

    @Autowired
    TemplateMessageWriter templates;

    @Autowired
    ContentGuardrail guardrail;

    @Autowired
    ReadabilityCheck readability;

    @Autowired
    ComposeProperties compose;

    /**
     * Written channels twice more: initial or subsequent, and a California borrower (licence line, long names: the
     * longest text) or a New York one (short names). Calls carry the disclosure, no licence; a voicemail neither.
     */
    static Stream<Arguments> everyTemplate() {
        List<Arguments> all = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            for (int step : STEPS) {
                for (String tone : channel == Channel.VOICEMAIL ? List.of("neutral") : TONES) {
                    for (String language : List.of("en", "es")) {
                        for (String variant : List.of("a", "b")) {
                            for (boolean initial : channel == Channel.VOICEMAIL ? new boolean[]{true}
                                    : new boolean[]{true, false}) {
                                boolean written = channel == Channel.SMS || channel == Channel.EMAIL;
                                for (String state : written ? List.of("CA", "NY") : List.of("NY")) {
                                    all.add(Arguments.of(channel, step, tone, language, variant, initial, state));
                                }
                            }
                        }
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} step {1} {2} {3}#{4} initial={5} {6}")
    @MethodSource("everyTemplate")
    void passesTheGuardrailTheBudgetAndTheReadingGrade(Channel channel, int step, String tone, String language,
                                                      String variant, boolean initial, String state) {
        CaseContact contact = "CA".equals(state)
                ? new CaseContact(7, 70, "4000123456789", 70, "Maximiliano", "Fernández-Castellanos", language, state,
                "CA".equals(state) ? "94110" : "10027", null, List.of(), "First National Bank of Springfield", "CARD",
                new BigDecimal("12345.67"), new BigDecimal("10450.99"), "USD", 95)
                : new CaseContact(7, 70, "ACC-7", 70, "Pat", "Doe", language, state,
                "CA".equals(state) ? "94110" : "10027", null, List.of(), "Acme Bank", "CARD",
                new BigDecimal("1234.50"), new BigDecimal("150.25"), "USD", 35);
        MessageBrief brief = briefs.of(contact, channel, step, tone, initial,
                guardrail.requiredLicenceNumber(state).orElse(null));
        assertThat(templates.variantsFor(brief)).contains(variant);

        WrittenMessage message = templates.writeVariant(brief, variant);

        assertThat(guardrail.check(OutboundContents.of(contact, channel, message.subject(), message.body(), initial))
                .violations()).as(message.body()).isEmpty();
        assertThat(message.body()).doesNotContain("[(", "${", "[#", "[/]", "null");
        ReadabilityCheck.Score score = readability.score(WrittenMessageCheck.fullText(message), brief.locale(),
                WrittenMessageCheck.legalLines(brief), WrittenMessageCheck.names(brief));
        assertThat(score.grade()).as("grade of %s", message.body()).isLessThanOrEqualTo(compose.gradeLimit());
        if (channel == Channel.SMS) {
            assertThat(SmsTexts.segments(message.body())).as(message.body())
                    .isLessThanOrEqualTo(compose.maxSmsSegments());
        }
        if (channel == Channel.EMAIL) {
            assertThat(message.subject()).isNotBlank().doesNotContain("[(", "null");
        }
        if (channel == Channel.SMS || channel == Channel.EMAIL) {
            assertThat(message.body()).contains(brief.paymentLink(), SmsTexts.fold(brief.amountDue()));
            assertThat(message.body().indexOf(channel == Channel.SMS ? "PLAN" : "- "))
                    .as("the help options come before the amount").isLessThan(message.body().indexOf("$"));
        }
        assertThat(message.provenance().templateVariant()).endsWith("/" + language + "#" + variant);
    }
}
