package io.cureflow.understanding.internal.offline;

import opennlp.tools.doccat.FeatureGenerator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The first letters of each long word as a feature of its own, so the model hears one word in its inflections and
 * slips: "despidieron" and "despido", "hospitalized" and "hospitol", "deployed" and "deployado" share a stem.
 */
public final class WordStems implements FeatureGenerator {

    /** Five letters: on cross-validation of the training rows four and six did no better, and dispute recall worse. */
    static final int LENGTH = 5;

    /** Public and without arguments: OpenNLP builds the generators of a model again by class name. */
    public WordStems() {
    }

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        List<String> stems = new ArrayList<>(tokens.length);
        for (String token : tokens) {
            if (token.length() > LENGTH && Character.isLetter(token.charAt(0))) {
                stems.add("stem=" + token.substring(0, LENGTH));
            }
        }
        return stems;
    }
}
