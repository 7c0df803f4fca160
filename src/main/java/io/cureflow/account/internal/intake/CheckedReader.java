package io.cureflow.account.internal.intake;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/** Counts the lines handed out and refuses NUL characters, so a problem can be placed on its line. */
final class CheckedReader extends FilterReader {

    static final class NulCharacterException extends IOException {
        NulCharacterException() {
            super("NUL character");
        }
    }

    private long newlines;

    CheckedReader(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        check(c);
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
            check(buffer[i]);
        }
        return n;
    }

    private void check(int c) throws IOException {
        if (c == 0) {
            throw new NulCharacterException();
        }
        if (c == '\n') {
            newlines++;
        }
    }

    /** The line the next character belongs to. */
    long line() {
        return newlines + 1;
    }
}
