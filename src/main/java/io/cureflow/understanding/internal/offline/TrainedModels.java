package io.cureflow.understanding.internal.offline;

import io.cureflow.understanding.HardshipCategory;
import io.cureflow.understanding.Intent;
import opennlp.tools.doccat.DocumentSample;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The two categorizers of the offline classifier: one for the intent, trained on every row, and one for the hardship
 * category, trained on the hardship rows.
 */
final class TrainedModels {

    private final Categorizer intents;
    private final Categorizer categories;

    private TrainedModels(Categorizer intents, Categorizer categories) {
        this.intents = intents;
        this.categories = categories;
    }

    static TrainedModels train(List<LabelledText> rows, Algorithm algorithm, int iterations, int cutoff) {
        List<DocumentSample> intentSamples = new ArrayList<>(rows.size());
        List<DocumentSample> categorySamples = new ArrayList<>();
        for (LabelledText row : rows) {
            String[] tokens = Features.tokens(TextNormalizer.normalize(row.text()));
            if (tokens.length == 0) {
                continue;
            }
            intentSamples.add(new DocumentSample(row.intent().wireName(), tokens));
            if (row.intent() == Intent.HARDSHIP && row.category() != null) {
                categorySamples.add(new DocumentSample(row.category().wireName(), tokens));
            }
        }
        Categorizer categories = categorySamples.stream().map(DocumentSample::getCategory).distinct().count() < 2
                ? null : Categorizer.train(categorySamples, algorithm, iterations, cutoff);
        return new TrainedModels(Categorizer.train(intentSamples, algorithm, iterations, cutoff), categories);
    }

    Map<Intent, Double> intents(String[] tokens) {
        Map<Intent, Double> probabilities = new EnumMap<>(Intent.class);
        intents.probabilities(tokens).forEach((label, p) -> probabilities.put(Intent.fromWireName(label), p));
        return probabilities;
    }

    /** The likeliest category and its probability, or other_hardship when no category model could be trained. */
    Map.Entry<HardshipCategory, Double> category(String[] tokens) {
        if (categories == null) {
            return Map.entry(HardshipCategory.OTHER_HARDSHIP, 0.0);
        }
        Map.Entry<String, Double> best = categories.probabilities(tokens).entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow();
        return Map.entry(HardshipCategory.fromWireName(best.getKey()), best.getValue());
    }

    double leaning(Intent intent, String token) {
        return intents.leaning(intent.wireName(), token);
    }
}
