package io.cureflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Collections wording is regulated: every word a person reads on a page comes from a message bundle. */
class TemplateWordingTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([\\w.-]+)[}(]");

    @Test
    void templatesContainNoLiteralText() throws IOException {
        LiteralTextFinder finder = new LiteralTextFinder();
        List<String> findings = new ArrayList<>();
        for (Path template : templates()) {
            finder.find(Files.readString(template)).forEach(finding -> findings.add(template + " " + finding));
        }
        assertThat(findings).as("text in templates that should come from i18n bundles").isEmpty();
    }

    @Test
    void everyMessageKeyUsedInATemplateExistsInTheBundles() throws IOException {
        Set<String> known = MessageBundles.load().keySet();
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                if (!known.contains(matcher.group(1))) {
                    missing.add(template + " uses #{" + matcher.group(1) + "}");
                }
            }
        }
        assertThat(missing).as("message keys missing from every bundle").isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
    }
}
