package io.cureflow.journey.internal;

import io.cureflow.journey.OutreachAttempt;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class JourneyMessagesTests {

    @Test
    void englishAndSpanishBundlesHaveTheSameKeys() throws IOException {
        Properties english = load("i18n/journey.properties");
        Properties spanish = load("i18n/journey_es.properties");

        assertThat(spanish.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(spanish).allSatisfy((key, value) -> assertThat(value.toString()).isNotBlank());
    }

    @Test
    void everyAttemptResultAndHandoverReasonOfTheModelsHasAText() throws IOException {
        Properties english = load("i18n/journey.properties");

        assertThat(english.stringPropertyNames()).contains(
                "journey.attemptResult." + OutreachAttempt.RESULT_SENT,
                "journey.attemptResult." + OutreachAttempt.RESULT_BLOCKED,
                "journey.attemptResult." + OutreachAttempt.RESULT_NO_CONTACT_POINT,
                "journey.handover.BORROWER_REPLIED");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = JourneyMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
