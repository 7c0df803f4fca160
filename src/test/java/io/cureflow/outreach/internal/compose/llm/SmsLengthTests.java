package io.cureflow.outreach.internal.compose.llm;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsLengthTests {

    @Test
    void fitsOneHundredSixtyPlainCharactersInOneSegmentAndOneHundredFiftyThreeInEachOfSeveral() {
        assertThat(SmsLength.segments("a".repeat(160))).isEqualTo(1);
        assertThat(SmsLength.segments("a".repeat(161))).isEqualTo(2);
        assertThat(SmsLength.segments("a".repeat(306))).isEqualTo(2);
        assertThat(SmsLength.segments("a".repeat(307))).isEqualTo(3);
    }

    @Test
    void countsAnExtensionCharacterTwice() {
        assertThat(SmsLength.segments("€".repeat(80))).isEqualTo(1);
        assertThat(SmsLength.segments("€".repeat(81))).isEqualTo(2);
    }

    @Test
    void turnsTheWholeTextIntoUnicodeForOneAccentGsmLacks() {
        assertThat(SmsLength.isGsm("información")).isFalse();
        assertThat(SmsLength.isGsm("Está bien")).isFalse();
        assertThat(SmsLength.isGsm("México, señor")).isTrue();
        assertThat(SmsLength.segments("á" + "a".repeat(69))).isEqualTo(1);
        assertThat(SmsLength.segments("á" + "a".repeat(70))).isEqualTo(2);
        assertThat(SmsLength.capacity(3, false)).isEqualTo(201);
        assertThat(SmsLength.capacity(3, true)).isEqualTo(459);
    }
}
