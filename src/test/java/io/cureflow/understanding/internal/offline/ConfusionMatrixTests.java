package io.cureflow.understanding.internal.offline;

import io.cureflow.understanding.Intent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ConfusionMatrixTests {

    /** Cease 3 right and 1 read as opt-out; opt-out 1 right and 1 read as cease; one other right. */
    private static ConfusionMatrix example() {
        ConfusionMatrix matrix = new ConfusionMatrix();
        matrix.add(Intent.CEASE, Intent.CEASE);
        matrix.add(Intent.CEASE, Intent.CEASE);
        matrix.add(Intent.CEASE, Intent.CEASE);
        matrix.add(Intent.CEASE, Intent.OPT_OUT);
        matrix.add(Intent.OPT_OUT, Intent.OPT_OUT);
        matrix.add(Intent.OPT_OUT, Intent.CEASE);
        matrix.add(Intent.OTHER, Intent.OTHER);
        return matrix;
    }

    @Test
    void computesPrecisionRecallAndF1PerIntent() {
        ConfusionMatrix matrix = example();

        assertThat(matrix.precision(Intent.CEASE)).isCloseTo(0.75, within(1e-9));
        assertThat(matrix.recall(Intent.CEASE)).isCloseTo(0.75, within(1e-9));
        assertThat(matrix.precision(Intent.OPT_OUT)).isCloseTo(0.5, within(1e-9));
        assertThat(matrix.recall(Intent.OPT_OUT)).isCloseTo(0.5, within(1e-9));
        assertThat(matrix.f1(Intent.OTHER)).isCloseTo(1.0, within(1e-9));
        assertThat(matrix.support(Intent.CEASE)).isEqualTo(4);
    }

    @Test
    void averagesF1OverTheIntentsTheSplitHolds() {
        assertThat(example().macroF1()).isCloseTo((0.75 + 0.5 + 1.0) / 3, within(1e-9));
        assertThat(example().accuracy()).isCloseTo(5.0 / 7, within(1e-9));
    }

    @Test
    void givesNoCreditForAnIntentPredictedButNeverExpected() {
        ConfusionMatrix matrix = new ConfusionMatrix();
        matrix.add(Intent.OTHER, Intent.DISPUTE);

        assertThat(matrix.precision(Intent.DISPUTE)).isZero();
        assertThat(matrix.recall(Intent.OTHER)).isZero();
        assertThat(matrix.macroF1()).isZero();
    }
}
