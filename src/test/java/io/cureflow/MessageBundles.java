package io.cureflow;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The message bundles under src/main/resources/i18n, read as UTF-8 the way Spring's MessageSource reads them. */
final class MessageBundles {

    static final Path FOLDER = Path.of("src/main/resources/i18n");

    private MessageBundles() {
    }

    /** Every bundle file by its name, e.g. {@code identity_es.properties}. */
    static Map<String, Properties> byFile() throws IOException {
        Map<String, Properties> bundles = new TreeMap<>();
        try (Stream<Path> files = Files.list(FOLDER)) {
            files.filter(file -> file.toString().endsWith(".properties"))
                    .forEach(file -> bundles.put(file.getFileName().toString(), read(file)));
        }
        return bundles;
    }

    /** Every key of every bundle. */
    static Map<String, String> load() throws IOException {
        Map<String, String> messages = new TreeMap<>();
        byFile().values().forEach(bundle -> bundle.stringPropertyNames()
                .forEach(key -> messages.put(key, bundle.getProperty(key))));
        return messages;
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
