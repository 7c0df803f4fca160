package io.cureflow.outreach.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** All wording lives in the bundles, and the English and Spanish bundles say the same things. */
class OutreachWordingTests {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)}");
    private static final Pattern TEXT_BETWEEN_TAGS = Pattern.compile(">([^<]*)<");

    @ParameterizedTest
    @ValueSource(strings = {"i18n/outreach", "i18n/compliance"})
    void englishAndSpanishHaveTheSameKeysAndArguments(String basename) throws IOException {
        Properties english = load(basename + ".properties");
        Properties spanish = load(basename + "_es.properties");

        assertThat(spanish.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(arguments(spanish.getProperty(key))).as(key).isEqualTo(arguments(english.getProperty(key)));
            assertThat(spanish.getProperty(key)).as(key).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"templates/outreach/sandbox.html", "templates/outreach/sandbox-borrower.html"})
    void templatesHoldNoLiteralText(String template) throws IOException {
        String html;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(template)) {
            assertThat(in).as(template).isNotNull();
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher text = TEXT_BETWEEN_TAGS.matcher(html.replaceAll("(?s)<!DOCTYPE[^>]*>", ""));
        while (text.find()) {
            assertThat(text.group(1)).as("literal text in " + template).isBlank();
        }
    }

    private static Set<String> arguments(String message) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(message);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = OutreachWordingTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
