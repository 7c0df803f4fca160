package io.cureflow.understanding.internal.offline;

import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.ml.naivebayes.NaiveBayesTrainer;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.TrainingParameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An OpenNLP document categorizer over words, word pairs and word stems ({@link WordStems}), with, for each label,
 * how strongly each word leans to it in the training rows, so the words that decided an answer can be shown.
 */
final class Categorizer {

    private final DoccatModel model;
    private final ThreadLocal<DocumentCategorizerME> categorizers;
    private final Map<String, Map<String, Double>> leanings;

    private Categorizer(DoccatModel model, Map<String, Map<String, Double>> leanings) {
        this.model = model;
        this.categorizers = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
        this.leanings = leanings;
    }

    static Categorizer train(List<DocumentSample> samples, Algorithm algorithm, int iterations, int cutoff) {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM,
                algorithm == Algorithm.NAIVE_BAYES ? NaiveBayesTrainer.NAIVE_BAYES_VALUE : "MAXENT");
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        parameters.put("PrintMessages", false);
        try {
            DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {
                    new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2), new WordStems()});
            DoccatModel model = DocumentCategorizerME.train("mul", new CollectionObjectStream<>(samples),
                    parameters, factory);
            return new Categorizer(model, leanings(samples));
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("cannot set up the categorizer features", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot train the categorizer", e);
        }
    }

    /** Probability per label for these tokens; labels the model never saw are absent. */
    Map<String, Double> probabilities(String[] tokens) {
        DocumentCategorizerME categorizer = categorizers.get();
        double[] outcome = categorizer.categorize(tokens);
        Map<String, Double> probabilities = new HashMap<>(outcome.length * 2);
        for (int i = 0; i < outcome.length; i++) {
            probabilities.put(categorizer.getCategory(i), outcome[i]);
        }
        return probabilities;
    }

    /** How much more often than elsewhere a word occurs under a label, as a smoothed log ratio; 0 when unknown. */
    double leaning(String label, String token) {
        Map<String, Double> words = leanings.get(label);
        return words == null ? 0 : words.getOrDefault(token, 0.0);
    }

    int labels() {
        return model.getMaxentModel().getNumOutcomes();
    }

    private static Map<String, Map<String, Double>> leanings(List<DocumentSample> samples) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        Map<String, Integer> totals = new HashMap<>();
        for (DocumentSample sample : samples) {
            Map<String, Integer> words = counts.computeIfAbsent(sample.getCategory(), label -> new HashMap<>());
            for (String token : sample.getText()) {
                words.merge(token, 1, Integer::sum);
                totals.merge(token, 1, Integer::sum);
            }
        }
        Map<String, Map<String, Double>> leanings = new HashMap<>();
        counts.forEach((label, words) -> {
            Map<String, Double> scores = new HashMap<>();
            words.forEach((token, count) -> {
                int elsewhere = totals.get(token) - count;
                scores.put(token, Math.log((count + 0.5) / (elsewhere + 0.5)) + Math.log(count) / 4);
            });
            leanings.put(label, scores);
        });
        return leanings;
    }
}
