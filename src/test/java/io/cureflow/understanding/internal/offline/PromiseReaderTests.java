package io.cureflow.understanding.internal.offline;

import io.cureflow.understanding.Promise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

class PromiseReaderTests {

    /** Monday 2 March 2026. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private static Promise read(String text, LocalDate today) {
        return PromiseReader.read(text, today, null).orElse(null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I'll pay friday|2026-03-06",
            "ok i can pay this friday|2026-03-06",
            "I'll pay next friday|2026-03-13",
            "I can pay today|2026-03-02",
            "tomorrow for sure|2026-03-03",
            "on the 15th|2026-03-15",
            "I get paid on the 1st, I'll pay then|2026-04-01",
            "le pago el 15|2026-03-15",
            "el viernes le pago|2026-03-06",
            "pago el 15 de enero|2027-01-15",
            "I'll send it 1/15|2027-01-15",
            "Jan 15 works|2027-01-15",
            "end of the month|2026-03-31",
            "a fin de mes pago|2026-03-31",
            "pago mañana|2026-03-03",
            "in 3 days|2026-03-05",
    })
    void readsTheDayRelativeToTheMessage(String text, LocalDate expected) {
        assertThat(read(text, MONDAY).date()).as(text).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I can pay $210 friday|210",
            "210 dollars on the 28th|210",
            "voy a pagar 210 dólares|210",
            "$1,250.50 by end of month|1250.50",
            "I can do two hundred fifty dollars|250",
            "doscientos cincuenta dólares el viernes|250",
            "I'll pay 150 tomorrow|150",
            "cien dolares el lunes|100",
    })
    void readsTheAmount(String text, BigDecimal expected) {
        assertThat(read(text, MONDAY).amount()).as(text).isEqualByComparingTo(expected);
    }

    @Test
    void rollsADayOfTheMonthAlreadyPastToTheNextMonth() {
        assertThat(read("I'll pay on the 5th", LocalDate.of(2026, 12, 29)).date()).isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void doesNotReadAnAmountAsADay() {
        Promise promise = read("$15 on the 20th", MONDAY);

        assertThat(promise.amount()).isEqualByComparingTo("15");
        assertThat(promise.date()).isEqualTo(LocalDate.of(2026, 3, 20));
    }

    @ParameterizedTest
    @ValueSource(strings = {"when I get paid", "next week", "payday", "half now"})
    void findsNoDayWhereNoneIsNamed(String text) {
        Promise promise = read(text, MONDAY);
        assertThat(promise == null ? null : promise.date()).as(text).isNull();
    }

    @Test
    void readsEveryCaseOfThePromiseFiles() throws IOException {
        List<String> misses = new ArrayList<>();
        int cases = 0;
        for (String file : List.of("promises-en.tsv", "promises-es.tsv")) {
            for (String[] row : rows(file)) {
                cases++;
                OffsetDateTime at = OffsetDateTime.parse(row[0]);
                LocalDate today = at.atZoneSameInstant(ZoneId.of(row[1])).toLocalDate();
                Promise promise = PromiseReader.read(row[2], today, file.contains("-es") ? "es" : "en").orElse(null);
                LocalDate date = promise == null ? null : promise.date();
                BigDecimal amount = promise == null || promise.amount() == null ? null
                        : promise.amount().setScale(2);
                LocalDate expectedDate = row[3].isEmpty() ? null : LocalDate.parse(row[3]);
                BigDecimal expectedAmount = row[4].isEmpty() ? null : new BigDecimal(row[4]);
                if (!Objects.equals(date, expectedDate) || !Objects.equals(amount, expectedAmount)) {
                    misses.add(file + ": " + row[2] + " -> " + date + " " + amount + ", expected " + expectedDate + " "
                            + expectedAmount);
                }
            }
        }
        assertThat(cases).isGreaterThanOrEqualTo(120);
        assertThat(misses).isEmpty();
    }

    private static List<String[]> rows(String file) throws IOException {
        try (InputStream in = PromiseReaderTests.class.getResourceAsStream("/understanding/" + file)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<String[]> rows = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    rows.add(lines[i].split("\t", -1));
                }
            }
            return rows;
        }
    }
}
