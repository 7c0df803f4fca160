package io.cureflow.workspace.internal;

import io.cureflow.understanding.Evidence;
import io.cureflow.workspace.internal.TimelineItem.BodyPart;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceMarksTests {

    @Test
    void marksEachSpanAndKeepsTheRestOfTheTextAsItIs() {
        assertThat(EvidenceMarks.cut("I lost my job, please stop texting", List.of(new Evidence("lost my job", 2, 13),
                new Evidence("stop texting", 22, 34)))).containsExactly(new BodyPart("I ", false),
                new BodyPart("lost my job", true), new BodyPart(", please ", false),
                new BodyPart("stop texting", true));
    }

    @Test
    void findsWordsWhoseOffsetsDoNotMatchAndDropsWordsTheTextDoesNotHold() {
        assertThat(EvidenceMarks.cut("mi mamá falleció", List.of(new Evidence("falleció", 0, 8),
                new Evidence("bankruptcy", 0, 10)))).containsExactly(new BodyPart("mi mamá ", false),
                new BodyPart("falleció", true));
    }

    @Test
    void overlappingSpansAreMarkedOnce() {
        assertThat(EvidenceMarks.cut("chapter 7 bankruptcy", List.of(new Evidence("chapter 7 bankruptcy", 0, 20),
                new Evidence("bankruptcy", 10, 20)))).containsExactly(new BodyPart("chapter 7 bankruptcy", true));
    }

    @Test
    void aReplyWithoutEvidenceIsOneUnmarkedRun() {
        assertThat(EvidenceMarks.cut("ok", List.of())).containsExactly(new BodyPart("ok", false));
        assertThat(EvidenceMarks.cut("", List.of())).containsExactly(new BodyPart("", false));
        assertThat(EvidenceMarks.cut(null, List.of())).isEmpty();
    }
}
