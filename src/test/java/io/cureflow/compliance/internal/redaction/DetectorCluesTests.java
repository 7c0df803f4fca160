package io.cureflow.compliance.internal.redaction;

import io.cureflow.compliance.Redactor.SensitiveData;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Skipping a detector whose clues or digits are absent never changes what is found or masked. */
class DetectorCluesTests {

    private final PersonalDataRedactor redactor = new PersonalDataRedactor();

    @Property(tries = 3000)
    void redactsAndDetectsExactlyAsSearchingEveryDetectorWould(@ForAll("texts") String text) {
        assertThat(redactor.redact(text)).isEqualTo(redactedByEveryDetector(text));
        assertThat(redactor.detect(text)).isEqualTo(detectedByEveryDetector(text));
    }

    @Test
    void findsAClueWrittenInAnyCaseTheLabelMatches() {
        String folded = Detector.caseFold("ACCOUNT Nº 12345, ſocial, BİRTH");

        assertThat(folded).contains("account", "social", "birth");
        assertThat(redactor.redact("SOCIAL SECURITY NUMBER 123456789")).isEqualTo("SOCIAL SECURITY NUMBER [ssn]");
        assertThat(redactor.redact("ſsn 123456789")).isEqualTo("ſsn [ssn]");
    }

    @Test
    void searchesForACardOnlyWhereThirteenDigitsFitInNineteenCharacters() {
        Detector card = PersonalDataRedactor.DETECTORS.get(0);

        assertThat(card.mayMatch("4111 1111 1111 1", "")).isTrue();
        assertThat(card.mayMatch("call 1-800-555-0100 or 1-800-555-0199", "")).isFalse();
        assertThat(card.mayMatch("4111 1111 1111", "")).isFalse();
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> words = Arbitraries.of("account", "Account", "ACCT", "a/c", "checking", "Savings", "cuenta",
                "cuenta de ahorros", "ahorros", "ssn", "S.S.N.", "social security", "Social", "seguro social", "ſsn",
                "routing", "ABA", "ruta bancaria", "DOB", "d.o.b.", "date of birth", "birthdate", "Birthday", "born",
                "fecha de nacimiento", "nací el", "nacido el", "cumpleaños", "CUMPLEAÑOS", "bİrth", "number", "is",
                "no.", "#", ":", "de", "el", "my", "your", "on", "4111111111111111", "4111 1111 1111 1111",
                "123-45-6789", "123 45 6789", "123456789", "021000021", "12345678", "4000123456789", "01/02/1980",
                "1980-02-01", "March 3, 1980", "3rd of march 1980", "3 de marzo de 1980", "$150.25", "1-800-555-0100",
                "ending in 6789", "thanks", "hola", ".", ",", "\n", "4111-1111-1111-1", "3782 822463 10005",
                "378282246310005", "123-45-678", "12 345", "12-34-56", "555", "0100", "1", "-");
        return words.list().ofMinSize(1).ofMaxSize(16).map(list -> String.join(" ", list));
    }

    private static String redactedByEveryDetector(String text) {
        String result = text;
        for (Detector detector : PersonalDataRedactor.DETECTORS) {
            result = detector.apply(result).text();
        }
        return result;
    }

    private static Set<SensitiveData> detectedByEveryDetector(String text) {
        Set<SensitiveData> found = EnumSet.noneOf(SensitiveData.class);
        String rest = text;
        for (Detector detector : PersonalDataRedactor.DETECTORS) {
            Detector.Result result = detector.apply(rest);
            if (result.found()) {
                found.add(detector.kind());
            }
            rest = result.text();
        }
        return found;
    }
}
