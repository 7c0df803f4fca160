package io.cureflow.outreach.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.cureflow.LanguageModelContexts;
import io.cureflow.account.CaseService;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactLedger;
import io.cureflow.outreach.OutreachMessage;
import io.cureflow.outreach.OutreachMessage.Status;
import io.cureflow.outreach.OutreachService;
import io.cureflow.outreach.internal.compose.PaymentLinks;
import io.cureflow.outreach.internal.compose.Provenance;
import io.cureflow.outreach.internal.compose.llm.ComposerModelProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.ai.model.openai.autoconfigure.OpenAiChatAutoConfiguration;
import org.springframework.ai.model.tool.autoconfigure.ToolCallingAutoConfiguration;
import org.springframework.ai.retry.autoconfigure.SpringAiRetryAutoConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.web.client.RestClientAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.util.Map;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.cureflow.LanguageModelContexts.openAiAnswer;
import static io.cureflow.outreach.internal.OutreachFixtures.borrower;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

/**
 * The whole model path as the application runs it: OutreachService.compose, the composition checks and the real
 * Spring AI writer, its provider a WireMock server speaking the OpenAI chat-completions API. A clean answer is stored
 * as the model wrote it; an answer the guardrail or the writer refuses, an error and a timeout store the template.
 */
@DataJpaTest
@Import({OutreachServiceTests.Beans.class, ModelWriterThroughComposerTests.LlmWriter.class})
@ExtendWith(OutputCaptureExtension.class)
class ModelWriterThroughComposerTests {

    private static final String COMPLETIONS = "/v1/chat/completions";
    private static final String DISCLOSURE = "This is from a debt collector.";
    private static final String SMS_OPT_OUT = "Reply STOP to stop texts to this number.";
    private static final String EMAIL_OPT_OUT = "To stop emails to this address, reply with STOP in the subject line.";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static WireMockExtension model = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        for (String property : LanguageModelContexts.openAiAt(model.baseUrl())) {
            int equals = property.indexOf('=');
            registry.add(property.substring(0, equals), () -> property.substring(equals + 1));
        }
        registry.add("cureflow.ai.composer.enabled", () -> "true");
    }

    @TestConfiguration
    @ComponentScan("io.cureflow.outreach.internal.compose.llm")
    @EnableConfigurationProperties(ComposerModelProperties.class)
    @ImportAutoConfiguration({RestClientAutoConfiguration.class, SpringAiRetryAutoConfiguration.class,
            ToolCallingAutoConfiguration.class, OpenAiChatAutoConfiguration.class})
    @Import(LanguageModelContexts.BoundedClient.class)
    static class LlmWriter {
    }

    @MockitoBean
    CaseService cases;

    @MockitoBean
    ContactLedger ledger;

    @Autowired
    OutreachService outreach;

    @Autowired
    MessageRepository messages;

    @Autowired
    PaymentLinks links;

    @BeforeEach
    void pat() {
        when(cases.contactOf(7L)).thenReturn(borrower(7, 70, "en"));
        when(cases.contactOf(8L)).thenReturn(borrower(8, 80, "es"));
        when(ledger.hasCommunicatedWith(70L)).thenReturn(true);
        when(ledger.hasCommunicatedWith(80L)).thenReturn(true);
    }

    @Test
    void storesTheModelsTextWithItsFactsFilledInAndTheLegalLinesAppended() {
        answer(Map.of("body", "Hi {first_name}, we are here to help. We can set up a plan, a pause, or a talk "
                + "with a person. You owe {amount}. Pay safely here: {link}"));

        OutreachMessage message = outreach.compose(7L, Channel.SMS, 2, "supportive").orElseThrow();

        assertThat(message.status()).isEqualTo(Status.COMPOSED);
        assertThat(message.body()).isEqualTo("Hi Pat, we are here to help. We can set up a plan, a pause, or a "
                + "talk with a person. You owe $150.25. Pay safely here: " + links.linkFor(7L) + " " + DISCLOSURE
                + " " + SMS_OPT_OUT);
        MessageEntity stored = messages.findById(message.messageId()).orElseThrow();
        assertThat(stored.getBody()).isEqualTo(message.body());
        assertThat(stored.getProvenance().composer()).isEqualTo("llm");
        assertThat(stored.getProvenance().model()).isEqualTo(LanguageModelContexts.MODEL);
        assertThat(stored.getProvenance().promptVersion()).isEqualTo("write-v1");
        assertThat(stored.getProvenance().templateVariant()).as("the template it replaced")
                .matches("sms/follow-up/supportive/en#[ab]");
        assertThat(model.getAllServeEvents()).hasSize(1);
    }

    @Test
    void storesAFirstContactWithTheInitialDisclosureAppended() {
        when(ledger.hasCommunicatedWith(70L)).thenReturn(false);
        answer(Map.of("body", "Hi {first_name}, this is {sender} about your {creditor} account. We can help with a "
                + "plan or a pause. You owe {amount}: {link}"));

        OutreachMessage message = outreach.compose(7L, Channel.SMS, 1, "neutral").orElseThrow();

        assertThat(message.body()).isEqualTo("Hi Pat, this is CureFlow Servicing about your Acme Bank account. We "
                + "can help with a plan or a pause. You owe $150.25: " + links.linkFor(7L) + " This is from a debt "
                + "collector. We are trying to collect a debt, and any information we get will be used for that "
                + "purpose. " + SMS_OPT_OUT);
        assertThat(messages.findById(message.messageId()).orElseThrow().getProvenance().composer()).isEqualTo("llm");
        assertThat(model.getAllServeEvents().get(0).getRequest().getBodyAsString()).contains("First contact: yes");
    }

    @Test
    void storesAModelWrittenEmailInSpanishWithItsSubject() {
        answer(Map.of("subject", "Podemos ayudarle, {first_name}",
                "body", "Hola {first_name}:\n\nPodemos ayudarle con un plan de pagos, una pausa o una charla con "
                        + "una persona. Su saldo es {amount}. Puede pagar aquí: {link}"));

        OutreachMessage message = outreach.compose(8L, Channel.EMAIL, 1, "neutral").orElseThrow();

        MessageEntity stored = messages.findById(message.messageId()).orElseThrow();
        assertThat(stored.getSubject()).isEqualTo("Podemos ayudarle, Pat");
        assertThat(stored.getBody()).startsWith("Hola Pat:").contains(links.linkFor(8L))
                .doesNotContain("{amount}", "{link}", "{first_name}")
                .endsWith("\n\nEste mensaje es de un cobrador de deudas.\n"
                        + "Para dejar de recibir correos en esta dirección, responda con STOP en el asunto.");
        assertThat(stored.getProvenance()).isEqualTo(new Provenance("llm", stored.getTemplateKey(),
                LanguageModelContexts.MODEL, "write-v1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedAnswers")
    void storesTheTemplateWhenTheModelsAnswerCannotBeSent(String what, ResponseDefinitionBuilder response,
                                                         String loggedReason, CapturedOutput output) {
        model.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(response));

        OutreachMessage message = outreach.compose(7L, Channel.SMS, 1, "urgent").orElseThrow();

        assertThat(message.status()).isEqualTo(Status.COMPOSED);
        assertThat(message.body()).startsWith("Hi Pat").endsWith(SMS_OPT_OUT)
                .doesNotContainIgnoringCase("sue").doesNotContain("employer", "pay-now");
        MessageEntity stored = messages.findById(message.messageId()).orElseThrow();
        assertThat(stored.getProvenance()).isEqualTo(new Provenance("template", stored.getTemplateKey(), null, null));
        assertThat(stored.getTemplateKey()).matches("sms/first/urgent/en#[ab]");
        assertThat(model.getAllServeEvents()).as("asked once, no retry").hasSize(1);
        assertThat(output).contains(loggedReason).doesNotContain("sue you", "Pat,");
    }

    static Stream<Arguments> refusedAnswers() {
        return Stream.of(
                Arguments.of("threatens a lawsuit", body("Hi {first_name}, pay {amount} today at {link} or we will "
                        + "sue you."), "language-model message not used (guardrail:"),
                Arguments.of("threatens to tell the employer", body("Hi {first_name}, pay {amount} at {link} or we "
                        + "will call your employer about this debt."), "language-model message not used (guardrail:"),
                Arguments.of("drops the link", body("Hi {first_name}, we can help with a plan. You owe {amount}."),
                        "Language model message not used: MISSING_AMOUNT_OR_LINK"),
                Arguments.of("changes the link", body("Hi {first_name}, we can help. You owe {amount}. Pay at "
                        + "https://pay-now.example.net/x instead of {link}"),
                        "Language model message not used: INVENTED_CONTACT"),
                Arguments.of("answers HTTP 500", aResponse().withStatus(500).withBody("{\"error\": \"overloaded\"}"),
                        "Language model message not used: HTTP_ERROR"),
                Arguments.of("times out", body("Hi {first_name}, you owe {amount}: {link}").withFixedDelay(4_000),
                        "Language model message not used: TIMEOUT"));
    }

    @Test
    void sendsTheModelNoNameAmountLinkPhoneOrEmail() {
        answer(Map.of("subject", "We can help, {first_name}",
                "body", "Hi {first_name}, we can help with a plan. You owe {amount}: {link}"));

        OutreachMessage sms = outreach.compose(7L, Channel.SMS, 1, "supportive").orElseThrow();
        OutreachMessage email = outreach.compose(7L, Channel.EMAIL, 1, "supportive").orElseThrow();

        assertThat(messages.findById(sms.messageId()).orElseThrow().getProvenance().composer()).isEqualTo("llm");
        assertThat(messages.findById(email.messageId()).orElseThrow().getProvenance().composer()).isEqualTo("llm");
        assertThat(model.getAllServeEvents()).hasSize(2);
        String link = links.linkFor(7L);
        for (var event : model.getAllServeEvents()) {
            String request = event.getRequest().getBodyAsString();
            assertThat(request).contains("{first_name}", "{amount}", "{link}")
                    .doesNotContain("Pat", "Doe", "150.25", "1234.50", "ACC-7", "60601", link,
                            link.substring(link.lastIndexOf('/') + 1), "pay.cureflow.example",
                            OutreachFixtures.MOBILE, "3125550123", "555-0100", OutreachFixtures.EMAIL, "example.com")
                    .doesNotContainPattern("\\d{5,}").doesNotContain("@");
        }
    }

    private static void answer(Map<String, String> message) {
        model.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(okJson(openAiAnswer(json(message)))));
    }

    private static ResponseDefinitionBuilder body(String text) {
        return okJson(openAiAnswer(json(Map.of("body", text))));
    }

    private static String json(Map<String, String> message) {
        try {
            return JSON.writeValueAsString(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
