package io.cureflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Every bundle speaks English and Spanish with the same keys, and every bundle is loaded by the application. */
class MessageBundleTests {

    private static final String SPANISH = "_es";

    @Test
    void everyBundleHasASpanishSiblingWithTheSameKeys() throws IOException {
        Map<String, Properties> bundles = MessageBundles.byFile();
        List<String> problems = new ArrayList<>();
        bundles.forEach((file, english) -> {
            if (file.contains("_")) {
                return;
            }
            String spanishFile = file.replace(".properties", SPANISH + ".properties");
            Properties spanish = bundles.get(spanishFile);
            if (spanish == null) {
                problems.add(file + " has no " + spanishFile);
                return;
            }
            missing(english, spanish).forEach(key -> problems.add(spanishFile + " lacks " + key));
            missing(spanish, english).forEach(key -> problems.add(file + " lacks " + key));
        });
        bundles.keySet().stream()
                .filter(file -> file.endsWith(SPANISH + ".properties"))
                .filter(file -> !bundles.containsKey(file.replace(SPANISH + ".properties", ".properties")))
                .forEach(file -> problems.add(file + " has no English bundle"));
        assertThat(problems).isEmpty();
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        List<String> empty = new ArrayList<>();
        MessageBundles.byFile().forEach((file, bundle) -> bundle.stringPropertyNames().stream()
                .filter(key -> bundle.getProperty(key).isBlank())
                .forEach(key -> empty.add(file + ": " + key)));
        assertThat(empty).isEmpty();
    }

    @Test
    void theApplicationLoadsEveryBundle() throws IOException {
        Set<String> bundleNames;
        try (var files = Files.list(MessageBundles.FOLDER)) {
            bundleNames = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".properties") && !name.contains("_"))
                    .map(name -> "i18n/" + name.replace(".properties", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(configuredBasenames()).containsAll(bundleNames);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> configuredBasenames() throws IOException {
        try (InputStream yaml = Files.newInputStream(java.nio.file.Path.of("src/main/resources/application.yml"))) {
            Map<String, Object> first = (Map<String, Object>) new Yaml().loadAll(yaml).iterator().next();
            Map<String, Object> spring = (Map<String, Object>) first.get("spring");
            Map<String, Object> messages = (Map<String, Object>) spring.get("messages");
            return Arrays.stream(((String) messages.get("basename")).split(","))
                    .map(String::strip)
                    .collect(Collectors.toSet());
        }
    }

    private static Set<String> missing(Properties from, Properties in) {
        Set<String> keys = new TreeSet<>(from.stringPropertyNames());
        keys.removeAll(in.stringPropertyNames());
        return keys;
    }
}
