package io.cureflow.account.internal.intake;

import java.io.IOException;
import java.io.InputStream;

/** An uploaded file that can be read more than once: once to check it, once to import it. */
public interface CsvSource {

    InputStream open() throws IOException;

    long size();
}
