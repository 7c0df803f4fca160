package io.cureflow;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.cureflow.compliance.Channel;
import io.cureflow.outreach.internal.compose.GenerativeMessageWriter;
import io.cureflow.support.IntegrationTest;
import io.cureflow.understanding.Reply;
import io.cureflow.understanding.ReplyClassifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Instant;
import java.time.ZoneId;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** The whole application in the llm profile, its provider a WireMock server: both model beans exist and are used. */
@IntegrationTest
@ActiveProfiles("llm")
class LanguageModelApplicationTests {

    @RegisterExtension
    static WireMockExtension model = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("spring.ai.openai.base-url", model::baseUrl);
        registry.add("spring.ai.openai.api-key", () -> "test-key");
    }

    @Autowired
    private ReplyClassifier classifier;

    @Autowired
    private ApplicationContext context;

    @Test
    void startsInTheLlmProfileWithTheModelBehindTheClassifierAndTheWriter() {
        model.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(okJson(LanguageModelContexts.openAiAnswer("""
                {"intent": "attorney", "confidence": 0.97, "evidence": ["my lawyer"], "language": "en"}"""))));

        Reply reply = new Reply("talk to my lawyer", Channel.SMS, "en", Instant.parse("2026-03-10T15:00:00Z"),
                ZoneId.of("America/New_York"));

        assertThat(classifier.classify(reply).classifier()).isEqualTo("llm:gpt-4o-mini");
        assertThat(context.getBeansOfType(GenerativeMessageWriter.class)).hasSize(1);
    }
}
