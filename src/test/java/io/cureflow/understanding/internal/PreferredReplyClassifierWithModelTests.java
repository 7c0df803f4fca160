package io.cureflow.understanding.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.cureflow.LanguageModelContexts;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.internal.redaction.PersonalDataRedactor;
import io.cureflow.understanding.Classification;
import io.cureflow.understanding.Evidence;
import io.cureflow.understanding.HardshipCategory;
import io.cureflow.understanding.Intent;
import io.cureflow.understanding.Promise;
import io.cureflow.understanding.Reply;
import io.cureflow.understanding.ReplyClassifier;
import io.cureflow.understanding.internal.baseline.KeywordReplyClassifier;
import io.cureflow.understanding.internal.offline.CriticalRules;
import io.cureflow.understanding.internal.llm.ClassifierModelProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.cureflow.LanguageModelContexts.ollamaAnswer;
import static io.cureflow.LanguageModelContexts.openAiAnswer;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class PreferredReplyClassifierWithModelTests {

    private static final String COMPLETIONS = "/v1/chat/completions";
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Tuesday 10 March 2026, 11:00 in New York. */
    private static final Instant TUESDAY = Instant.parse("2026-03-10T15:00:00Z");

    @RegisterExtension
    static WireMockExtension model = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();


    @Test
    void startsWithNoModelAndNoConnectionWhenNothingIsConfigured() {
        LanguageModelContexts.runner().withUserConfiguration(Understanding.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(ChatModel.class);
            assertThat(context).doesNotHaveBean(LanguageModelReplies.class);
            assertThat(context).doesNotHaveBean("languageModelTimeout");
            Reply reply = sms("I lost my job");
            assertThat(context.getBean(ReplyClassifier.class).classify(reply).classifier())
                    .isEqualTo(new KeywordReplyClassifier().classify(reply).classifier());
        });
        assertThat(model.getAllServeEvents()).isEmpty();
    }

    @Test
    void leavesTheModelOutWhenTheClassifierIsSwitchedOff() {
        openAi().withPropertyValues("cureflow.ai.classifier.enabled=false").run(context -> {
            assertThat(context).hasSingleBean(ChatModel.class);
            assertThat(context).doesNotHaveBean(LanguageModelReplies.class);
        });
    }

    @Test
    void answersWithTheModelsClassificationAndLocatesItsEvidence() {
        model.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(okJson(openAiAnswer("""
                {"intent": "hardship", "hardshipCategory": "job_loss", "confidence": 0.93, "promise": null,
                 "evidence": ["lost my job"], "alsoDetected": ["payment_plan_request"], "language": "en"}"""))));

        openAi().run(context -> {
            Classification answer = context.getBean(ReplyClassifier.class)
                    .classify(sms("I lost my job last month, can we do smaller payments?"));

            assertThat(answer.intent()).isEqualTo(Intent.HARDSHIP);
            assertThat(answer.hardshipCategory()).isEqualTo(HardshipCategory.JOB_LOSS);
            assertThat(answer.evidence()).containsExactly(new Evidence("lost my job", 2, 13));
            assertThat(answer.alsoDetected()).containsExactly(Intent.PAYMENT_PLAN_REQUEST);
            assertThat(answer.needsReview()).isFalse();
            assertThat(answer.classifier()).isEqualTo("llm:" + LanguageModelContexts.MODEL);
        });
    }

    @Test
    void takesThePromisedDayAndAmountResolvedAgainstTheReplysDay() {
        model.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(okJson(openAiAnswer("""
                ```json
                {"intent": "promise_to_pay", "hardshipCategory": null, "confidence": 0.9,
                 "promise": {"date": "2026-03-28", "amount": 210}, "evidence": ["$210 on the 28th"],
                 "alsoDetected": [], "language": "en"}
                ```"""))));

        openAi().run(context -> {
            Classification answer = context.getBean(ReplyClassifier.class).classify(sms("ok $210 on the 28th"));

            assertThat(answer.intent()).isEqualTo(Intent.PROMISE_TO_PAY);
            assertThat(answer.promise()).isEqualTo(new Promise(LocalDate.of(2026, 3, 28), new BigDecimal("210")));
        });
        model.verify(postRequestedFor(urlEqualTo(COMPLETIONS))
                .withRequestBody(containing("Received on: 2026-03-10 (Tuesday)")));
    }

    @Test
    void sendsTheTextRedactedWithTheVersionedInstructions() {
        model.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(okJson(openAiAnswer("""
                {"intent": "paid_already", "confidence": 0.88, "evidence": ["I paid"], "language": "en"}"""))));

        openAi().run(context -> context.getBean(ReplyClassifier.class)
                .classify(sms("I paid with my card 4111 1111 1111 1111 yesterday")));

        model.verify(postRequestedFor(urlEqualTo(COMPLETIONS))
                .withRequestBody(notContaining("4111 1111 1111 1111"))
                .withRequestBody(containing("I paid with my card"))
                .withRequestBody(containing("PRECEDENCE")));
    }

    @Test
    void theAttorneyRuleWinsOverAModelThatReadsAPromise() {
        model.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(okJson(openAiAnswer("""
                {"intent": "promise_to_pay", "confidence": 0.92, "promise": {"date": "2026-03-13", "amount": 50},
                 "evidence": ["pay $50 friday"], "alsoDetected": [], "language": "en"}"""))));

        openAi().run(context -> {
            Classification answer = context.getBean(ReplyClassifier.class)
                    .classify(sms("my attorney handles this. I can pay $50 friday"));

            assertThat(answer.intent()).isEqualTo(Intent.ATTORNEY);
            assertThat(answer.evidence()).containsExactly(new Evidence("attorney", 3, 11));
            assertThat(answer.alsoDetected()).containsExactly(Intent.PROMISE_TO_PAY);
            assertThat(answer.promise()).isNull();
            assertThat(answer.needsReview()).isFalse();
            assertThat(answer.confidence()).isGreaterThanOrEqualTo(0.9);
            assertThat(answer.classifier()).contains("offline-rules").contains("llm:" + LanguageModelContexts.MODEL);
        });
    }

    @Test
    void anOptOutTheModelMissedBesideAWeightierHardshipIsAddedToWhatItAlsoDetected() {
        model.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(okJson(openAiAnswer("""
                {"intent": "hardship", "hardshipCategory": "job_loss", "confidence": 0.9,
                 "evidence": ["lost my job"], "alsoDetected": [], "language": "en"}"""))));

        openAi().run(context -> {
            Classification answer = context.getBean(ReplyClassifier.class)
                    .classify(sms("I lost my job. stop texting me"));

            assertThat(answer.intent()).isEqualTo(Intent.HARDSHIP);
            assertThat(answer.hardshipCategory()).isEqualTo(HardshipCategory.JOB_LOSS);
            assertThat(answer.alsoDetected()).containsExactly(Intent.OPT_OUT);
            assertThat(answer.evidence()).extracting(Evidence::text).containsExactly("lost my job", "stop texting");
            assertThat(answer.classifier()).isEqualTo("llm:" + LanguageModelContexts.MODEL + "+offline-rules");
        });
    }

    @ParameterizedTest
    @MethodSource("rulesThatDoNotFire")
    void theModelsAnswerStandsWhenNoLegalRuleFires(String text, String evidence) {
        model.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(okJson(openAiAnswer("""
                {"intent": "promise_to_pay", "confidence": 0.9, "promise": {"date": "2026-03-13", "amount": null},
                 "evidence": ["%s"], "language": "en"}""".formatted(evidence)))));

        openAi().run(context -> {
            Classification answer = context.getBean(ReplyClassifier.class).classify(sms(text));

            assertThat(answer.intent()).isEqualTo(Intent.PROMISE_TO_PAY);
            assertThat(answer.classifier()).isEqualTo("llm:" + LanguageModelContexts.MODEL);
        });
    }

    static Stream<Arguments> rulesThatDoNotFire() {
        return Stream.of(
                Arguments.of("I did not file for bankruptcy, I will pay friday", "pay friday"),
                Arguments.of("no lawyer needed, I will pay friday", "pay friday"),
                Arguments.of("ok I will pay friday", "pay friday"));
    }

    @Test
    void marksAnUnsureAnswerForReview() {
        model.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(okJson(openAiAnswer("""
                {"intent": "question", "confidence": 0.41, "evidence": ["?"], "language": "en"}"""))));

        openAi().run(context -> assertThat(context.getBean(ReplyClassifier.class).classify(sms("??")).needsReview())
                .isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void fallsBackToTheOfflineClassifierAndLogsOnlyTheReason(String reason, ResponseDefinitionBuilder response,
                                                             CapturedOutput output) {
        model.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(response));
        Reply reply = sms("Mi esposo fallecio, this was his account, stop texting");

        openAi().run(context -> assertThat(context.getBean(ReplyClassifier.class).classify(reply))
                .isEqualTo(new KeywordReplyClassifier().classify(reply)));

        assertThat(output).contains("Language model classification not used: " + reason)
                .doesNotContain("fallecio");
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("UNKNOWN_INTENT", okJson(openAiAnswer("""
                        {"intent": "grief", "confidence": 0.9, "evidence": ["fallecio"], "language": "es"}"""))),
                Arguments.of("CATEGORY_WITHOUT_HARDSHIP", okJson(openAiAnswer("""
                        {"intent": "deceased", "hardshipCategory": "bereavement", "confidence": 0.9,
                         "evidence": ["fallecio"], "language": "es"}"""))),
                Arguments.of("EVIDENCE_NOT_IN_TEXT", okJson(openAiAnswer("""
                        {"intent": "deceased", "confidence": 0.9, "evidence": ["my husband died"],
                         "language": "es"}"""))),
                Arguments.of("PRECEDENCE_BROKEN", okJson(openAiAnswer("""
                        {"intent": "opt_out", "confidence": 0.9, "evidence": ["stop texting"],
                         "alsoDetected": ["deceased"], "language": "en"}"""))),
                Arguments.of("MALFORMED_JSON", okJson(openAiAnswer("The borrower's husband died."))),
                Arguments.of("MALFORMED_JSON", okJson(openAiAnswer("{\"intent\": \"deceased\", \"confidence\": "))),
                Arguments.of("HTTP_ERROR", aResponse().withStatus(500).withBody("{\"error\": \"overloaded\"}")),
                Arguments.of("HTTP_ERROR", aResponse().withStatus(401).withBody("{\"error\": \"bad key\"}")),
                Arguments.of("TIMEOUT", okJson(openAiAnswer("{}")).withFixedDelay(4_000)));
    }

    @Test
    void fallsBackWhenTheServerCannotBeReached(CapturedOutput output) {
        Reply reply = sms("STOP");
        LanguageModelContexts.runner().withUserConfiguration(Understanding.class)
                .withPropertyValues(LanguageModelContexts.openAiAt("http://127.0.0.1:1"))
                .run(context -> assertThat(context.getBean(ReplyClassifier.class).classify(reply).classifier())
                        .isEqualTo(new KeywordReplyClassifier().classify(reply).classifier()));
        assertThat(output).contains("Language model classification not used: UNREACHABLE");
    }

    @Test
    void answersThroughOllamasChatApi() {
            model.stubFor(post(urlEqualTo("/api/chat")).willReturn(okJson(ollamaAnswer("""
                    {"intent": "wrong_number", "confidence": 0.95, "evidence": ["numero equivocado"],
                     "language": "es"}"""))));

            LanguageModelContexts.runner().withUserConfiguration(Understanding.class)
                    .withPropertyValues(LanguageModelContexts.ollamaAt(model.baseUrl()))
                    .run(context -> {
                        Classification answer = context.getBean(ReplyClassifier.class)
                                .classify(new Reply("numero equivocado, no conozco a esa persona", Channel.SMS,
                                        null, TUESDAY, NEW_YORK));

                        assertThat(answer.intent()).isEqualTo(Intent.WRONG_NUMBER);
                        assertThat(answer.language()).isEqualTo("es");
                        assertThat(answer.classifier()).isEqualTo("llm:llama3.1");
                    });
            model.verify(postRequestedFor(urlEqualTo("/api/chat")).withRequestBody(containing("llama3.1")));
    }

    private static ApplicationContextRunner openAi() {
        return LanguageModelContexts.runner().withUserConfiguration(Understanding.class)
                .withPropertyValues(LanguageModelContexts.openAiAt(model.baseUrl()));
    }

    private static Reply sms(String text) {
        return new Reply(text, Channel.SMS, "en", TUESDAY, NEW_YORK);
    }

    @Configuration(proxyBeanMethods = false)
    @ComponentScan("io.cureflow.understanding.internal.llm")
    @EnableConfigurationProperties(ClassifierModelProperties.class)
    @Import({PreferredReplyClassifier.class, PersonalDataRedactor.class, CriticalRules.class})
    static class Understanding {

        /** A simple, predictable offline classifier, so a fallback answer is easy to tell from the model's. */
        @Bean
        @Qualifier("offline")
        ReplyClassifier offline() {
            return new KeywordReplyClassifier();
        }
    }
}
