package io.cureflow.understanding.internal.offline;

import io.cureflow.understanding.Intent;

/** Counts of expected against predicted intents, and the figures read from them. */
final class ConfusionMatrix {

    private final long[][] counts = new long[Intent.values().length][Intent.values().length];

    void add(Intent expected, Intent predicted) {
        counts[expected.ordinal()][predicted.ordinal()]++;
    }

    long count(Intent expected, Intent predicted) {
        return counts[expected.ordinal()][predicted.ordinal()];
    }

    long support(Intent intent) {
        long total = 0;
        for (long count : counts[intent.ordinal()]) {
            total += count;
        }
        return total;
    }

    long predicted(Intent intent) {
        long total = 0;
        for (long[] row : counts) {
            total += row[intent.ordinal()];
        }
        return total;
    }

    long total() {
        long total = 0;
        for (Intent intent : Intent.values()) {
            total += support(intent);
        }
        return total;
    }

    /** 1 when nothing was predicted as this intent and nothing should have been, 0 when predictions were all wrong. */
    double precision(Intent intent) {
        long predicted = predicted(intent);
        return predicted == 0 ? (support(intent) == 0 ? 1 : 0) : (double) count(intent, intent) / predicted;
    }

    double recall(Intent intent) {
        long support = support(intent);
        return support == 0 ? 1 : (double) count(intent, intent) / support;
    }

    double f1(Intent intent) {
        double p = precision(intent);
        double r = recall(intent);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The mean F1 over the intents the split holds. */
    double macroF1() {
        double sum = 0;
        int intents = 0;
        for (Intent intent : Intent.values()) {
            if (support(intent) > 0) {
                sum += f1(intent);
                intents++;
            }
        }
        return intents == 0 ? 0 : sum / intents;
    }

    double accuracy() {
        long right = 0;
        for (Intent intent : Intent.values()) {
            right += count(intent, intent);
        }
        return total() == 0 ? 0 : (double) right / total();
    }
}
