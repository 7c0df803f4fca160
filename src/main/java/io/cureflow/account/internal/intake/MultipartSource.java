package io.cureflow.account.internal.intake;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.web.multipart.MultipartFile;

/** An upload the servlet container already holds (in memory or on disk); it can be opened several times. */
record MultipartSource(MultipartFile file) implements CsvSource {

    @Override
    public InputStream open() throws IOException {
        return file.getInputStream();
    }

    @Override
    public long size() {
        return file.getSize();
    }
}
