package io.cureflow.compliance.internal.content;

import io.cureflow.compliance.internal.content.SmsSegments.Encoding;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SmsSegmentsTests {

    @Nested
    class Gsm7 {

        @ParameterizedTest(name = "{0} characters: {1} segments")
        @CsvSource({"1, 1", "160, 1", "161, 2", "306, 2", "307, 3", "459, 3", "460, 4"})
        void fitsOneSixtyInOneSegmentAndOneFiftyThreePerPart(int length, int segments) {
            assertThat(SmsSegments.of("a".repeat(length)))
                    .isEqualTo(new SmsSegments(Encoding.GSM_7, length, segments));
        }

        @Test
        void countsExtensionCharactersTwice() {
            assertThat(SmsSegments.of("€".repeat(80))).isEqualTo(new SmsSegments(Encoding.GSM_7, 160, 1));
            assertThat(SmsSegments.of("€".repeat(80) + "a")).isEqualTo(new SmsSegments(Encoding.GSM_7, 161, 2));
            assertThat(SmsSegments.of("{[~]}|^\\")).extracting(SmsSegments::units).isEqualTo(16);
        }

        @Test
        void neverSplitsAnExtensionCharacterAcrossSegments() {
            SmsSegments split = SmsSegments.of("a".repeat(152) + "€" + "a".repeat(152));

            assertThat(split.units()).isEqualTo(306);
            assertThat(split.segments()).isEqualTo(3);
        }

        @Test
        void keepsTheAccentsTheGsmAlphabetHas() {
            assertThat(SmsSegments.of("¡Hola! ¿Qué tal? Ñandú, señor, è é ü ö").encoding()).isEqualTo(Encoding.UCS_2);
            assertThat(SmsSegments.of("¡Hola! ¿Ñ? è é ü ö à ñ £ ¥ §").encoding()).isEqualTo(Encoding.GSM_7);
        }

        @Test
        void countsAnEmptyTextAsNoSegment() {
            assertThat(SmsSegments.of("").segments()).isZero();
        }
    }

    @Nested
    class Ucs2 {

        @ParameterizedTest(name = "{0} characters: {1} segments")
        @CsvSource({"70, 1", "71, 2", "134, 2", "135, 3"})
        void fitsSeventyInOneSegmentAndSixtySevenPerPart(int length, int segments) {
            assertThat(SmsSegments.of("á".repeat(length)))
                    .isEqualTo(new SmsSegments(Encoding.UCS_2, length, segments));
        }

        @Test
        void switchesTheWholeTextForOneSpanishAccent() {
            assertThat(SmsSegments.of("a".repeat(100) + "ó")).isEqualTo(new SmsSegments(Encoding.UCS_2, 101, 2));
        }

        @Test
        void countsAnEmojiAsTwoUnitsAndNeverSplitsIt() {
            assertThat(SmsSegments.of("😀".repeat(35))).isEqualTo(new SmsSegments(Encoding.UCS_2, 70, 1));
            SmsSegments split = SmsSegments.of("a".repeat(66) + "😀" + "a".repeat(66));
            assertThat(split.units()).isEqualTo(134);
            assertThat(split.segments()).isEqualTo(3);
        }
    }

    @Property
    void gsmSegmentsAreTheCeilingOfUnitsOverOneFiftyThree(@ForAll @IntRange(min = 161, max = 2000) int length) {
        assertThat(SmsSegments.of("x".repeat(length)).segments()).isEqualTo((length + 152) / 153);
    }
}
