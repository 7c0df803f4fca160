package io.cureflow.understanding.internal.offline;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The held-out split the evaluation scores on is never trained on. */
class HeldOutSplitTests {

    static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    @Test
    void trainsOnTheCorpusFolderOnly() {
        assertThat(CorpusReader.TRAINING_FILES).isEqualTo("classpath*:understanding/corpus/*.tsv");
        assertThat(CorpusReader.training()).isNotEmpty()
                .hasSize(CorpusReader.read(CorpusReader.TRAINING_FILES).size());
    }

    /** On failure names only the training texts that are also held out, so the held-out split is never printed. */
    @Test
    void noHeldOutTextIsTrainedOn() {
        Set<String> heldOut = CorpusReader.read(ReplyClassifierEvaluation.HELD_OUT_FILES).stream()
                .map(row -> key(row.text())).collect(Collectors.toSet());

        assertThat(heldOut).as("held-out texts").isNotEmpty();
        assertThat(CorpusReader.training().stream().map(LabelledText::text).filter(text -> heldOut.contains(key(text))))
                .as("training texts that are also held-out texts").isEmpty();
    }
}
