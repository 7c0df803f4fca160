package io.cureflow.compliance.internal.stops;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ContactPointsTests {

    @ParameterizedTest(name = "{0} and {1} are the same contact point")
    @CsvSource(delimiter = '|', value = {
            "+15182000001|+15182000001",
            "+15182000001|(518) 200-0001",
            "518-200-0001|+1 518 200 0001",
            "' +15182000001 '|+15182000001",
            "Pat@Example.com|pat@example.com",
            "+442079460958|+44 20 7946 0958",
            "+4402079460958|+442079460958",
            "not a number|NOT A NUMBER"
    })
    void tellsTheSamePointWrittenTwoWays(String a, String b) {
        assertThat(ContactPoints.same(a, b)).isTrue();
        assertThat(ContactPoints.same(b, a)).isTrue();
    }

    @ParameterizedTest(name = "{0} and {1} are different contact points")
    @CsvSource(delimiter = '|', value = {
            "+15182000001|+15182000002",
            "+15182000001|(518) 200-0002",
            "+15182000001|+25182000001",
            "pat@example.com|pat@example.org",
            "+15182000001|pat@example.com"
    })
    void tellsDifferentPointsApart(String a, String b) {
        assertThat(ContactPoints.same(a, b)).isFalse();
        assertThat(ContactPoints.same(b, a)).isFalse();
    }

    @Test
    void nothingIsTheSameAsAMissingPoint() {
        assertThat(ContactPoints.same(null, "+15182000001")).isFalse();
        assertThat(ContactPoints.same("+15182000001", null)).isFalse();
    }
}
