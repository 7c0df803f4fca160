package io.cureflow.understanding.internal.offline;

/** Which OpenNLP trainer the categorizers use; the evaluation compares both on cross-validation of the training rows. */
public enum Algorithm {
    MAXENT,
    NAIVE_BAYES
}
