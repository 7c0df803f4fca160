package io.cureflow.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Spanish corpus keeps the coverage the evaluation relies on: enough rows for every intent and hardship category in
 * both splits, and no held-out text that the classifier could have seen in training. The English helper's format test
 * checks the columns of every corpus file; this one checks what only the Spanish files promise.
 */
class SpanishCorpusCoverageTests {

    private static final Path TRAINING = Path.of("src/main/resources/understanding/corpus/train-es.tsv");
    private static final Path HELD_OUT = Path.of("src/test/resources/understanding/heldout/heldout-es.tsv");
    private static final Path PROMISES = Path.of("src/test/resources/understanding/promises-es.tsv");
    private static final Set<Intent> LEGALLY_CRITICAL = EnumSet.of(Intent.CEASE, Intent.ATTORNEY, Intent.BANKRUPTCY,
            Intent.DECEASED, Intent.DISPUTE, Intent.OPT_OUT);

    private record Row(Intent intent, HardshipCategory category, String text) {
    }

    @Test
    void theTrainingSplitCoversEveryIntentAndCategory() throws IOException {
        assertCoverage(read(TRAINING), 1_000, 45, 70, 200, 12);
    }

    @Test
    void theHeldOutSplitCoversEveryIntentAndCategory() throws IOException {
        assertCoverage(read(HELD_OUT), 350, 15, 25, 70, 4);
    }

    @Test
    void noHeldOutTextAppearsInTraining() throws IOException {
        Set<String> trained = read(TRAINING).stream().map(row -> normalised(row.text())).collect(Collectors.toSet());
        List<String> shared = read(HELD_OUT).stream()
                .map(Row::text)
                .filter(text -> trained.contains(normalised(text)))
                .toList();
        assertThat(shared).isEmpty();
    }

    @Test
    void everyPromiseCaseHasAParsableTimeZoneDateAndAmount() throws IOException {
        List<String> lines = Files.readAllLines(PROMISES, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("received_at\tzone\ttext\tdate\tamount");
        List<String[]> cases = lines.stream().skip(1).map(line -> line.split("\t", -1)).toList();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(60).allSatisfy(fields -> {
            assertThat(fields).hasSize(5);
            LocalDate receivedOn = OffsetDateTime.parse(fields[0]).atZoneSameInstant(ZoneId.of(fields[1])).toLocalDate();
            assertThat(fields[2]).isNotBlank();
            if (!fields[3].isEmpty()) {
                assertThat(LocalDate.parse(fields[3])).isAfterOrEqualTo(receivedOn);
            }
            if (!fields[4].isEmpty()) {
                assertThat(new BigDecimal(fields[4]).scale()).isEqualTo(2);
            }
        });
    }

    private static void assertCoverage(List<Row> rows, int total, int perIntent, int perCriticalIntent,
            int hardship, int perCategory) {
        Map<Intent, Long> byIntent = new EnumMap<>(Intent.class);
        Map<HardshipCategory, Long> byCategory = new EnumMap<>(HardshipCategory.class);
        for (Row row : rows) {
            byIntent.merge(row.intent(), 1L, Long::sum);
            if (row.category() != null) {
                byCategory.merge(row.category(), 1L, Long::sum);
            }
        }
        List<String> short_ = new ArrayList<>();
        for (Intent intent : Intent.values()) {
            int needed = intent == Intent.HARDSHIP ? hardship
                    : LEGALLY_CRITICAL.contains(intent) ? perCriticalIntent : perIntent;
            if (byIntent.getOrDefault(intent, 0L) < needed) {
                short_.add(intent.wireName() + " has " + byIntent.getOrDefault(intent, 0L) + " of " + needed);
            }
        }
        for (HardshipCategory category : HardshipCategory.values()) {
            if (byCategory.getOrDefault(category, 0L) < perCategory) {
                short_.add(category.wireName() + " has " + byCategory.getOrDefault(category, 0L) + " of " + perCategory);
            }
        }
        assertThat(rows).hasSizeGreaterThanOrEqualTo(total);
        assertThat(short_).isEmpty();
    }

    private static List<Row> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("intent\thardship_category\tchannel\ttext");
        return lines.stream().skip(1).map(line -> {
            String[] fields = line.split("\t", -1);
            assertThat(fields).as(line).hasSize(4);
            Intent intent = Intent.fromWireName(fields[0]);
            HardshipCategory category = fields[1].isEmpty() ? null : HardshipCategory.fromWireName(fields[1]);
            assertThat(category == null).as(line).isEqualTo(intent != Intent.HARDSHIP);
            assertThat(fields[2]).as(line).isIn("SMS", "EMAIL", "CALL");
            return new Row(intent, category, fields[3]);
        }).toList();
    }

    /** Case, accents and punctuation do not make a held-out text new. */
    private static String normalised(String text) {
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String words = folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return words.isEmpty() ? text.strip() : words;
    }
}
