package io.cureflow.outreach.internal.compose.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.cureflow.LanguageModelContexts;
import io.cureflow.compliance.Channel;
import io.cureflow.outreach.internal.compose.GenerativeMessageWriter;
import io.cureflow.outreach.internal.compose.MessageBrief;
import io.cureflow.outreach.internal.compose.Provenance;
import io.cureflow.outreach.internal.compose.WrittenMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.cureflow.LanguageModelContexts.openAiAnswer;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class ChatModelMessageWriterTests {

    private static final String COMPLETIONS = "/v1/chat/completions";
    private static final String LINK = "https://pay.cureflow.example/p/tok_9f8e7d6c5b4a";
    private static final String DISCLOSURE = "This is from a debt collector.";
    private static final String OPT_OUT = "Reply STOP to stop texts to this number.";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static WireMockExtension model = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Test
    void isAbsentUnlessAProviderIsConfigured() {
        LanguageModelContexts.runner().withUserConfiguration(Writer.class)
                .withPropertyValues("cureflow.ai.composer.enabled=true")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(GenerativeMessageWriter.class));
    }

    @Test
    void writesTheTextAroundTheFactsAndAppendsTheDisclosureAndOptOutVerbatim() {
        answer("Hi {first_name}, we are here to help: a payment plan, a pause, or a talk with us at {callback}. "
                + "You owe {amount}. Pay safely here: {link}");

        WrittenMessage message = write(sms()).orElseThrow();

        assertThat(message.body()).isEqualTo("Hi Rosalind, we are here to help: a payment plan, a pause, or a talk "
                + "with us at 1-800-555-0100. You owe $210.00. Pay safely here: " + LINK + " " + DISCLOSURE + " "
                + OPT_OUT);
        assertThat(message.subject()).isNull();
        assertThat(message.provenance()).isEqualTo(new Provenance("llm", null, LanguageModelContexts.MODEL,
                "write-v1"));
    }

    @Test
    void sendsTheModelNoPersonalDataOnlyPlaceholders() {
        answer("Hi {first_name}, we can help with a plan. You owe {amount}: {link}");

        write(sms());

        String request = model.getAllServeEvents().get(0).getRequest().getBodyAsString();
        assertThat(request).doesNotContain("Rosalind", "Okafor", "tok_9f8e7d6c5b4a", "pay.cureflow.example",
                "210.00", "4000123456789", "12 Elm Street", "rosalind.okafor@", "555-0142");
        assertThat(request).doesNotContainPattern("\\d{7,}").doesNotContain("@");
        assertThat(request).contains("{first_name}", "{amount}", "{link}", "Tone: supportive", "Language: English");
    }

    @Test
    void writesAnEmailWithASubjectInSpanish() {
        answer(Map.of("subject", "Podemos ayudarle, {first_name}",
                "body", "Hola {first_name}:\n\nPodemos ayudarle con un plan de pagos o una pausa. Su saldo es "
                        + "{amount}. Puede pagar aquí: {link}"));
        MessageBrief brief = new MessageBrief(Channel.EMAIL, 1, "neutral", Locale.forLanguageTag("es-US"), "Rosalind",
                "$210.00", "Acme Card", "CureFlow Servicing", "1-800-555-0100", LINK,
                "Este mensaje es de un cobrador de deudas.", false,
                "Para dejar de recibir correos en esta dirección, responda con STOP en el asunto.", null, 8);

        WrittenMessage message = write(brief).orElseThrow();

        assertThat(message.subject()).isEqualTo("Podemos ayudarle, Rosalind");
        assertThat(message.body()).startsWith("Hola Rosalind:").contains("$210.00", LINK)
                .endsWith("Puede pagar aquí: " + LINK + "\n\nEste mensaje es de un cobrador de deudas.\n"
                        + "Para dejar de recibir correos en esta dirección, responda con STOP en el asunto.");
        String request = model.getAllServeEvents().get(0).getRequest().getBodyAsString();
        assertThat(request).contains("Language: Spanish", "Channel: email");
    }

    @Test
    void leavesCallsAndVoicemailsToTheTemplatesWithoutAskingTheModel() {
        MessageBrief voicemail = new MessageBrief(Channel.VOICEMAIL, 1, "neutral", Locale.US, "Rosalind", "$210.00",
                "Acme Card", "CureFlow Servicing", "1-800-555-0100", LINK, DISCLOSURE, false, null, null, 3);

        assertThat(write(voicemail)).isEmpty();
        assertThat(model.getAllServeEvents()).isEmpty();
    }

    /** The writer does not judge content: the composition service's guardrail does, and uses the template instead. */
    @Test
    void handsOnAReplyThatBreaksTheGuardrailForTheCompositionServiceToRefuse() {
        answer("Pay {amount} at {link} or we will sue you and tell your employer.");

        assertThat(write(sms())).get().extracting(WrittenMessage::body).asString().contains("we will sue you");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void givesNothingWhenTheModelsMessageCannotBeUsed(String reason, ResponseDefinitionBuilder response,
                                                      CapturedOutput output) {
        model.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(response));

        assertThat(write(sms())).isEmpty();
        assertThat(output).contains("Language model message not used: " + reason);
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("MISSING_AMOUNT_OR_LINK", text("Hi {first_name}, we can help. You owe {amount}.")),
                Arguments.of("UNKNOWN_PLACEHOLDER", text("Account {account_number}: you owe {amount}. {link}")),
                Arguments.of("INVENTED_NUMBER", text("You owe {amount}, pay by March 30 at {link}")),
                Arguments.of("INVENTED_CONTACT", text("You owe {amount}. {link} or write to help@cureflow.example")),
                Arguments.of("INVENTED_CONTACT", text("You owe {amount}. Pay at www.pay-now.example or {link}")),
                Arguments.of("TOO_LONG", text("We can help. ".repeat(60) + "You owe {amount}: {link}")),
                Arguments.of("EMPTY_BODY", okJson(openAiAnswer("{\"body\": \"  \"}"))),
                Arguments.of("MALFORMED_JSON", okJson(openAiAnswer("Here is your message: pay now"))),
                Arguments.of("HTTP_ERROR", aResponse().withStatus(503)),
                Arguments.of("TIMEOUT", text("You owe {amount}: {link}").withFixedDelay(4_000)));
    }

    private static ResponseDefinitionBuilder text(String body) {
        return okJson(openAiAnswer(json(Map.of("body", body))));
    }

    private static void answer(String body) {
        answer(Map.of("body", body));
    }

    private static void answer(Map<String, String> message) {
        model.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(okJson(openAiAnswer(json(message)))));
    }

    private static String json(Map<String, String> message) {
        try {
            return JSON.writeValueAsString(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageBrief sms() {
        return new MessageBrief(Channel.SMS, 2, "supportive", Locale.US, "Rosalind", "$210.00", "Acme Card",
                "CureFlow Servicing", "1-800-555-0100", LINK, DISCLOSURE, false, OPT_OUT, null, 3);
    }

    private static Optional<WrittenMessage> write(MessageBrief brief) {
        ApplicationContextRunner runner = LanguageModelContexts.runner().withUserConfiguration(Writer.class)
                .withPropertyValues(LanguageModelContexts.openAiAt(model.baseUrl()));
        AtomicReference<Optional<WrittenMessage>> written = new AtomicReference<>();
        runner.run(context -> written.set(context.getBean(GenerativeMessageWriter.class).write(brief)));
        return written.get();
    }

    @Configuration(proxyBeanMethods = false)
    @ComponentScan("io.cureflow.outreach.internal.compose.llm")
    @EnableConfigurationProperties(ComposerModelProperties.class)
    static class Writer {
    }
}
