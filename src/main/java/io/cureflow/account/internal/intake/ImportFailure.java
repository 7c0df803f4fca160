package io.cureflow.account.internal.intake;

import java.text.MessageFormat;
import java.util.Locale;

/** Why a whole file was refused before any row was stored. Pages read {@code account.import.failure.<code>}. */
public enum ImportFailure {
    EMPTY_FILE("The file is empty: it has no header row"),
    NOT_UTF8("The file is not UTF-8 text (a binary file or another encoding); the first bad byte is on line {0}"),
    BINARY("The file contains NUL bytes: it looks like a binary file, not CSV text (line {0})"),
    MALFORMED_CSV("The file is not well-formed CSV near line {0} (for example a quote that is never closed)"),
    MISSING_COLUMNS("Required columns are missing: {0}"),
    DUPLICATE_COLUMN("A column appears twice in the header: {0}"),
    NO_FILE("No file was uploaded in the multipart field named file"),
    UNREADABLE("The uploaded file could not be read"),
    INTERRUPTED("The import stopped before it finished");

    private final String text;

    ImportFailure(String text) {
        this.text = text;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String text() {
        return text;
    }

    public String text(String detail) {
        return new MessageFormat(text, Locale.ROOT).format(new Object[] {detail});
    }

    public static ImportFailure ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
