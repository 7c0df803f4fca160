package io.cureflow.account.internal.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowReaderTests {

    static List<Long> lines(String csv) throws IOException {
        try (CsvRowReader reader = new CsvRowReader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))) {
            List<Long> lines = new ArrayList<>();
            for (CsvRow row = reader.next(); row != null; row = reader.next()) {
                lines.add(row.line());
            }
            return lines;
        }
    }

    @Test
    void numbersRowsByPhysicalLineAcrossBlankLinesAndQuotedLineBreaks() throws IOException {
        String csv = CsvFixtures.HEADER + "\r\n"
                + "a\r\n"
                + "\r\n"
                + "\"multi\r\nline\nfield\",x\r\n"
                + "b";

        assertThat(lines(csv)).containsExactly(2L, 4L, 7L);
    }

    @Test
    void refusesAHeaderThatNamesAColumnTwice() {
        assertThatThrownBy(() -> lines(CsvFixtures.HEADER + ",Balance\n"))
                .isInstanceOfSatisfying(ImportFileException.class, e -> {
                    assertThat(e.failure()).isEqualTo(ImportFailure.DUPLICATE_COLUMN);
                    assertThat(e.detail()).isEqualTo("balance");
                });
    }

    @Test
    void treatsAFileOfBlankLinesAsEmpty() {
        assertThatThrownBy(() -> lines("\n\n\r\n"))
                .isInstanceOfSatisfying(ImportFileException.class,
                        e -> assertThat(e.failure()).isEqualTo(ImportFailure.EMPTY_FILE));
    }
}
