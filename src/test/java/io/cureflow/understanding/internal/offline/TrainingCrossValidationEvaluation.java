package io.cureflow.understanding.internal.offline;

import io.cureflow.compliance.Channel;
import io.cureflow.understanding.Classification;
import io.cureflow.understanding.Intent;
import io.cureflow.understanding.Reply;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tool for tuning the offline classifier without the held-out split: repeated 5-fold cross-validation on the
 * training rows only, with every miss listed (expected, predicted, and whether a rule or the model decided), written to
 * target/evaluation/training-cross-validation.md. With {@code -Dcureflow.fresh=<file-en.tsv,file-es.tsv>} it also
 * scores batches of newly written rows, in the corpus format, with a reader trained on every training row: a check of
 * how the classifier meets wording it has never seen, before the batch joins the training files.
 *
 * <p>Run alone: {@code ./mvnw -q -o -Peval test-compile surefire:test -Dtest=TrainingCrossValidationEvaluation}.
 * It never reads the held-out split.
 */
@Tag("evaluation")
class TrainingCrossValidationEvaluation {

    private static final Set<Intent> WATCHED = EnumSet.of(Intent.HARDSHIP, Intent.DISPUTE, Intent.OPT_OUT,
            Intent.CEASE, Intent.ATTORNEY, Intent.BANKRUPTCY, Intent.DECEASED);
    private static final Instant RECEIVED = Instant.parse("2026-03-02T15:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final int FOLDS = 5;

    private final RuleBook rules = new RuleBook();

    @Test
    void crossValidatesTheTrainingRowsAndListsTheMisses() throws IOException {
        List<LabelledText> training = CorpusReader.training();
        long[] seeds = Arrays.stream(System.getProperty("cureflow.cv.seeds", "42,7").split(","))
                .mapToLong(seed -> Long.parseLong(seed.strip())).toArray();

        ConfusionMatrix all = new ConfusionMatrix();
        ConfusionMatrix english = new ConfusionMatrix();
        ConfusionMatrix spanish = new ConfusionMatrix();
        List<String> misses = new ArrayList<>();
        for (long seed : seeds) {
            List<LabelledText> shuffled = new ArrayList<>(training);
            Collections.shuffle(shuffled, new Random(seed));
            for (int fold = 0; fold < FOLDS; fold++) {
                List<LabelledText> train = new ArrayList<>();
                List<LabelledText> test = new ArrayList<>();
                for (int i = 0; i < shuffled.size(); i++) {
                    (i % FOLDS == fold ? test : train).add(shuffled.get(i));
                }
                OfflineReader reader = OfflineReader.train(train, Readers.DEFAULTS);
                for (LabelledText row : test) {
                    Classification answer = reader.classify(reply(row));
                    all.add(row.intent(), answer.intent());
                    (row.language().equals("es") ? spanish : english).add(row.intent(), answer.intent());
                    if (answer.intent() != row.intent()) {
                        misses.add(miss(row, answer));
                    }
                }
            }
        }

        StringBuilder report = new StringBuilder("# Cross-validation on the training rows\n\n")
                .append(training.size()).append(" rows, ").append(FOLDS).append(" folds, seeds ")
                .append(Arrays.toString(seeds)).append(" (every row is scored once per seed).\n\n")
                .append(summary(all, english, spanish))
                .append("\n## Misses (").append(misses.size()).append(" over all seeds)\n\n")
                .append(missTable(misses.stream().distinct().sorted().toList()));

        String fresh = System.getProperty("cureflow.fresh");
        if (fresh != null && !fresh.isBlank()) {
            for (String file : fresh.split(",")) {
                report.append(freshBatch(training, Path.of(file.strip())));
            }
        }

        System.out.println(report);
        Path out = Path.of("target", "evaluation", "training-cross-validation.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);

        assertThat(all.macroF1()).as("cross-validated macro-F1 on the training rows").isGreaterThanOrEqualTo(0.85);
    }

    /** Newly written rows, scored by a reader trained on every training row: wording the classifier never saw. */
    private String freshBatch(List<LabelledText> training, Path file) {
        List<LabelledText> rows = CorpusReader.read(new org.springframework.core.io.FileSystemResource(file));
        OfflineReader reader = OfflineReader.train(training, Readers.DEFAULTS);
        ConfusionMatrix all = new ConfusionMatrix();
        ConfusionMatrix english = new ConfusionMatrix();
        ConfusionMatrix spanish = new ConfusionMatrix();
        List<String> misses = new ArrayList<>();
        for (LabelledText row : rows) {
            Classification answer = reader.classify(reply(row));
            all.add(row.intent(), answer.intent());
            (row.language().equals("es") ? spanish : english).add(row.intent(), answer.intent());
            if (answer.intent() != row.intent()) {
                misses.add(miss(row, answer));
            }
        }
        return "\n# Fresh batch " + file.getFileName() + " (" + rows.size() + " rows, never trained on)\n\n"
                + summary(all, english, spanish) + "\n## Misses (" + misses.size() + ")\n\n"
                + missTable(misses.stream().sorted().toList());
    }

    private String miss(LabelledText row, Classification answer) {
        RuleBook.Reading reading = rules.read(TextNormalizer.normalize(row.text()));
        String hits = reading.decisive().stream().map(hit -> hit.intent().wireName()).collect(Collectors.joining(" "));
        String ruledOut = reading.ruledOut().stream().map(Intent::wireName).collect(Collectors.joining(" "));
        boolean byRule = !reading.decisive().isEmpty() && answer.confidence() >= 0.9
                && reading.decisive().stream().anyMatch(hit -> hit.intent() == answer.intent());
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %.2f %s | %s | %s | %s |%n", row.intent().wireName(),
                answer.intent().wireName(), row.language(), row.channel(), answer.confidence(),
                byRule ? "rule" : "model", hits.isEmpty() ? "-" : hits, ruledOut.isEmpty() ? "-" : ruledOut,
                row.text().replace("|", "\\|"));
    }

    private static String missTable(List<String> misses) {
        return "| expected | predicted | lang | channel | confidence | rule hits | ruled out | text |\n"
                + "|---|---|---|---|---|---|---|---|\n" + String.join("", misses);
    }

    private static String summary(ConfusionMatrix all, ConfusionMatrix english, ConfusionMatrix spanish) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "macro-F1 %.3f (en %.3f, es %.3f), accuracy %.3f%n%n", all.macroF1(), english.macroF1(),
                spanish.macroF1(), all.accuracy()));
        table.append("| intent | precision | recall | F1 | support | recall en | recall es |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (Intent intent : Intent.values()) {
            table.append(String.format(Locale.ROOT, "| %s%s | %.3f | %.3f | %.3f | %d | %.3f | %.3f |%n",
                    intent.wireName(), WATCHED.contains(intent) ? " *" : "", all.precision(intent),
                    all.recall(intent), all.f1(intent), all.support(intent), english.recall(intent),
                    spanish.recall(intent)));
        }
        return table.toString();
    }

    private static Reply reply(LabelledText row) {
        Channel channel = Arrays.stream(Channel.values()).filter(c -> c.name().equalsIgnoreCase(row.channel()))
                .findFirst().orElse(Channel.SMS);
        return new Reply(row.text(), channel, null, RECEIVED, ZONE);
    }
}
