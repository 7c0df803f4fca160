package io.cureflow.account.internal.intake;

import org.apache.commons.csv.CSVRecord;

/** A data row and the physical line of the file it starts on (the header is line 1). */
record CsvRow(long line, CSVRecord record) {

    boolean blank() {
        return record.size() == 1 && record.get(0).isBlank();
    }
}
