package io.cureflow.compliance.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UsAddressTimeZonesTests {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "NY|10001|America/New_York",
            "ca|94105|America/Los_Angeles",
            "HI|96813|Pacific/Honolulu",
            "PR|00901|America/Puerto_Rico",
            "AZ|85004|America/Phoenix",
            "AZ|86515|America/Phoenix America/Denver",
            "FL|33101|America/New_York",
            "FL|32501|America/Chicago",
            "FL|32456|America/New_York America/Chicago",
            "FL|null|America/New_York America/Chicago",
            "FL|3250|America/New_York America/Chicago",
            "FL|ABCDE|America/New_York America/Chicago",
            "TX|75201|America/Chicago",
            "TX|79901|America/Denver",
            "TX|79830|America/Chicago America/Denver",
            "TN|37201|America/Chicago",
            "TN|37902|America/New_York",
            "KY|40202|America/New_York",
            "KY|42001|America/Chicago",
            "IN|46204|America/New_York",
            "IN|46320|America/Chicago",
            "IN|47978|America/New_York America/Chicago",
            "MI|48201|America/New_York",
            "MI|49801|America/New_York America/Chicago",
            "ND|58102|America/Chicago",
            "SD|57701|America/Denver",
            "NE|68102|America/Chicago",
            "NE|69361|America/Denver",
            "KS|66101|America/Chicago",
            "KS|67735|America/Chicago America/Denver",
            "OR|97201|America/Los_Angeles",
            "OR|97914|America/Los_Angeles America/Denver",
            "ID|83702|America/Denver",
            "ID|83814|America/Los_Angeles",
            "NV|89101|America/Los_Angeles",
            "AK|99501|America/Anchorage America/Adak",
            "AK|99701|America/Anchorage",
            "AK|99685|America/Anchorage America/Adak",
            "FL|32501-1234|America/Chicago"})
    void answersTheZonesOfAnAddress(String state, String zip, String zones) {
        List<ZoneId> expected = Arrays.stream(zones.split(" ")).map(ZoneId::of).toList();

        assertThat(UsAddressTimeZones.zonesOf(state, zip)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"null,10001", "ZZ,10001", "AE,09001"})
    void answersNothingOutsideTheUnitedStates(String state, String zip) {
        assertThat(UsAddressTimeZones.zonesOf(state, zip)).isEmpty();
    }
}
