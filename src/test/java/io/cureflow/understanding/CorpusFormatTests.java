package io.cureflow.understanding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The labelled corpus is data the classifier is trained and judged on, so its shape is checked like code: every file in
 * the training and held-out folders, whatever its language, parses, uses wire names, meets the per-intent minimums, and
 * shares no text with the other split.
 */
class CorpusFormatTests {

    static final String CORPUS_HEADER = "intent\thardship_category\tchannel\ttext";
    static final String PROMISES_HEADER = "received_at\tzone\ttext\tdate\tamount";
    static final Set<String> CHANNELS = Set.of("SMS", "EMAIL", "CALL");
    static final Set<Intent> LEGALLY_CRITICAL = EnumSet.of(Intent.CEASE, Intent.ATTORNEY, Intent.BANKRUPTCY,
            Intent.DECEASED, Intent.DISPUTE, Intent.OPT_OUT);

    record Minimums(int rows, int perIntent, int perCriticalIntent, int hardship, int perCategory) {
    }

    static final Minimums TRAINING = new Minimums(1000, 45, 70, 200, 12);
    static final Minimums HELD_OUT = new Minimums(350, 15, 25, 70, 4);

    record Row(String file, int line, Intent intent, HardshipCategory category, String channel, String text) {
    }

    static Stream<Path> trainingFiles() {
        return tsvFilesIn("understanding/corpus").stream();
    }

    static Stream<Path> heldOutFiles() {
        return tsvFilesIn("understanding/heldout").stream();
    }

    static Stream<Path> corpusFiles() {
        return Stream.concat(trainingFiles(), heldOutFiles());
    }

    static Stream<Path> promiseFiles() {
        return tsvFilesIn("understanding").stream()
                .filter(file -> file.getFileName().toString().startsWith("promises-"));
    }

    @Test
    void bothSplitsHoldAtLeastOneFile() {
        assertThat(trainingFiles()).isNotEmpty();
        assertThat(heldOutFiles()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void everyRowParsesWithWireNamesAndACategoryOnlyOnHardship(Path file) {
        List<Row> rows = read(file);

        assertThat(rows).allSatisfy(row -> {
            assertThat(CHANNELS).as(where(row)).contains(row.channel());
            assertThat(row.text()).as(where(row)).isNotBlank().isEqualTo(row.text().strip());
            if (row.intent() == Intent.HARDSHIP) {
                assertThat(row.category()).as(where(row) + " hardship needs a category").isNotNull();
            } else {
                assertThat(row.category()).as(where(row) + " only hardship has a category").isNull();
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void noTextAppearsTwiceInOneFile(Path file) {
        Map<String, Row> seen = new HashMap<>();
        for (Row row : read(file)) {
            Row earlier = seen.putIfAbsent(normalised(row.text()), row);
            assertThat(earlier).as(where(row) + " repeats line " + (earlier == null ? 0 : earlier.line())).isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trainingFiles")
    void everyTrainingFileMeetsTheMinimums(Path file) {
        assertMeets(read(file), TRAINING);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("heldOutFiles")
    void everyHeldOutFileMeetsTheMinimums(Path file) {
        assertMeets(read(file), HELD_OUT);
    }

    @Test
    void noHeldOutTextIsAlsoATrainingText() {
        Map<String, Row> trained = trainingFiles().map(CorpusFormatTests::read).flatMap(List::stream)
                .collect(Collectors.toMap(row -> normalised(row.text()), row -> row, (first, second) -> first));

        List<String> leaks = heldOutFiles().map(CorpusFormatTests::read).flatMap(List::stream)
                .filter(row -> trained.containsKey(normalised(row.text())))
                .map(row -> where(row) + " is also " + where(trained.get(normalised(row.text()))))
                .toList();

        assertThat(leaks).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("promiseFiles")
    void everyPromiseCaseHasATimestampAZoneAndAnIsoDateOrAnAmountInCents(Path file) {
        List<String> lines = lines(file);
        assertThat(lines).as(file + " header").first().isEqualTo(PROMISES_HEADER);
        assertThat(lines.size() - 1).as(file + " cases").isGreaterThanOrEqualTo(60);

        for (int i = 1; i < lines.size(); i++) {
            String at = file.getFileName() + ":" + (i + 1);
            String[] fields = lines.get(i).split("\t", -1);
            assertThat(fields).as(at + " fields").hasSize(5);
            assertThat(OffsetDateTime.parse(fields[0])).as(at).isNotNull();
            assertThat(ZoneId.of(fields[1])).as(at).isNotNull();
            assertThat(fields[2]).as(at).isNotBlank();
            if (!fields[3].isEmpty()) {
                assertThat(LocalDate.parse(fields[3])).as(at).isNotNull();
            }
            if (!fields[4].isEmpty()) {
                assertThat(fields[4]).as(at + " amount").matches("\\d+\\.\\d{2}");
                assertThat(new BigDecimal(fields[4])).as(at).isPositive();
            }
        }
    }

    static void assertMeets(List<Row> rows, Minimums minimums) {
        String file = rows.isEmpty() ? "empty file" : rows.get(0).file();
        Map<Intent, Long> perIntent = new EnumMap<>(Intent.class);
        Map<HardshipCategory, Long> perCategory = new EnumMap<>(HardshipCategory.class);
        for (Row row : rows) {
            perIntent.merge(row.intent(), 1L, Long::sum);
            if (row.category() != null) {
                perCategory.merge(row.category(), 1L, Long::sum);
            }
        }

        assertThat(rows).as(file + " rows").hasSizeGreaterThanOrEqualTo(minimums.rows());
        for (Intent intent : Intent.values()) {
            int least = intent == Intent.HARDSHIP ? minimums.hardship()
                    : LEGALLY_CRITICAL.contains(intent) ? minimums.perCriticalIntent() : minimums.perIntent();
            assertThat(perIntent.getOrDefault(intent, 0L)).as(file + " " + intent.wireName())
                    .isGreaterThanOrEqualTo(least);
        }
        for (HardshipCategory category : HardshipCategory.values()) {
            assertThat(perCategory.getOrDefault(category, 0L)).as(file + " " + category.wireName())
                    .isGreaterThanOrEqualTo(minimums.perCategory());
        }
    }

    static List<Row> read(Path file) {
        List<String> lines = lines(file);
        String name = file.getFileName().toString();
        assertThat(lines).as(name + " header").first().isEqualTo(CORPUS_HEADER);

        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String at = name + ":" + (i + 1);
            String[] fields = lines.get(i).split("\t", -1);
            if (fields.length != 4) {
                fail(at + " has " + fields.length + " tab-separated fields, not 4");
            }
            rows.add(new Row(name, i + 1, intent(fields[0], at), category(fields[1], at), fields[2], fields[3]));
        }
        return rows;
    }

    static Intent intent(String wireName, String at) {
        for (Intent intent : Intent.values()) {
            if (intent.wireName().equals(wireName)) {
                return intent;
            }
        }
        return fail(at + " intent '" + wireName + "' is not a wire name");
    }

    static HardshipCategory category(String wireName, String at) {
        if (wireName.isEmpty()) {
            return null;
        }
        for (HardshipCategory category : HardshipCategory.values()) {
            if (category.wireName().equals(wireName)) {
                return category;
            }
        }
        return fail(at + " hardship category '" + wireName + "' is not a wire name");
    }

    static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    static String where(Row row) {
        return row.file() + ":" + row.line();
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is not readable UTF-8", e);
        }
    }

    static List<Path> tsvFilesIn(String folder) {
        List<Path> found = new ArrayList<>();
        try {
            for (URL url : Collections.list(CorpusFormatTests.class.getClassLoader().getResources(folder))) {
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    files.filter(file -> file.getFileName().toString().endsWith(".tsv")).forEach(found::add);
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list " + folder, e);
        }
        found.sort(Comparator.comparing(Path::getFileName));
        return found;
    }
}
