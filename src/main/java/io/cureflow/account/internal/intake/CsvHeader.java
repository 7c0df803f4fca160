package io.cureflow.account.internal.intake;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/**
 * Where each known field sits in the file, and which columns are not ours. Column names are matched case-insensitively
 * after trimming; blank column names (a trailing comma) are ignored.
 */
record CsvHeader(Map<IntakeField, Integer> positions, List<String> unknownColumns, int width) {

    static CsvHeader of(CSVRecord header) {
        Map<IntakeField, Integer> positions = new EnumMap<>(IntakeField.class);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            Optional<IntakeField> field = IntakeField.ofColumn(name);
            if (field.isEmpty()) {
                unknown.add(name);
            } else if (positions.putIfAbsent(field.get(), i) != null) {
                throw new ImportFileException(ImportFailure.DUPLICATE_COLUMN, name);
            }
        }
        List<String> missing = new ArrayList<>();
        for (IntakeField field : IntakeField.values()) {
            if (field.required() && !positions.containsKey(field)) {
                missing.add(field.column());
            }
        }
        if (!missing.isEmpty()) {
            throw new ImportFileException(ImportFailure.MISSING_COLUMNS, String.join(", ", missing));
        }
        return new CsvHeader(positions, List.copyOf(unknown), header.size());
    }

    String value(CSVRecord row, IntakeField field) {
        Integer position = positions.get(field);
        return position == null || position >= row.size() ? null : row.get(position);
    }
}
