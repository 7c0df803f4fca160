package io.cureflow.account.internal.intake;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the rows of an upload one by one, turning decoding and syntax errors into {@link ImportFileException}s that
 * name a line. Blank lines are skipped.
 */
final class CsvRowReader implements Closeable {

    private final CheckedReader reader;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final CsvHeader header;

    CsvRowReader(InputStream raw) throws IOException {
        this.reader = CsvFiles.reader(raw);
        this.parser = CsvFiles.parser(reader);
        this.records = parser.iterator();
        CsvRow first = next();
        if (first == null) {
            throw new ImportFileException(ImportFailure.EMPTY_FILE, null);
        }
        this.header = CsvHeader.of(first.record());
    }

    CsvHeader header() {
        return header;
    }

    /** The next non-blank row, or null at the end of the file. */
    CsvRow next() {
        while (true) {
            long line = parser.getCurrentLineNumber() + 1;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                CsvRow row = new CsvRow(line, records.next());
                if (!row.blank()) {
                    return row;
                }
            } catch (UncheckedIOException e) {
                throw translate(e.getCause(), line);
            } catch (IllegalStateException e) {
                throw translate(e.getCause(), line);
            }
        }
    }

    private ImportFileException translate(Throwable cause, long rowLine) {
        if (cause instanceof CheckedReader.NulCharacterException) {
            return new ImportFileException(ImportFailure.BINARY, reader.line());
        }
        if (cause instanceof CharacterCodingException) {
            return new ImportFileException(ImportFailure.NOT_UTF8, reader.line());
        }
        return new ImportFileException(ImportFailure.MALFORMED_CSV, rowLine);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
