package io.cureflow.account.internal.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.io.input.BOMInputStream;

/** Opens an upload as strict UTF-8 CSV: an optional BOM is skipped, malformed bytes fail instead of becoming '?'. */
final class CsvFiles {

    /**
     * RFC 4180 quoting with CRLF or LF. Empty lines are kept as records (and skipped by the reader) so the parser's line
     * counter stays in step with the physical lines of the file.
     */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(false)
            .get();

    private CsvFiles() {
    }

    static CheckedReader reader(InputStream raw) throws IOException {
        InputStream withoutBom = BOMInputStream.builder().setInputStream(raw).get();
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new CheckedReader(new InputStreamReader(withoutBom, decoder));
    }

    static CSVParser parser(CheckedReader reader) throws IOException {
        return CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
    }
}
