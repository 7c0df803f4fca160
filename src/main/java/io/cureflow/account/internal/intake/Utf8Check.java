package io.cureflow.account.internal.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Proves a file is UTF-8 text without NUL characters, naming the line of the first bad byte. Decodes by hand because
 * an InputStreamReader drops the characters before a malformed byte, and with them the line count.
 */
final class Utf8Check {

    private static final int BUFFER = 64 * 1024;

    private Utf8Check() {
    }

    static void check(InputStream raw) throws IOException {
        try (InputStream in = BOMInputStream.builder().setInputStream(raw).get()) {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
            CharBuffer chars = CharBuffer.allocate(BUFFER);
            long line = 1;
            boolean end = false;
            while (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                if (n > 0) {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                if (end && !result.isError()) {
                    result = decoder.flush(chars);
                }
                line = scan(chars, line);
                if (result.isError()) {
                    throw new ImportFileException(ImportFailure.NOT_UTF8, line);
                }
                bytes.compact();
            }
        }
    }

    private static long scan(CharBuffer chars, long line) {
        chars.flip();
        long current = line;
        while (chars.hasRemaining()) {
            char c = chars.get();
            if (c == 0) {
                throw new ImportFileException(ImportFailure.BINARY, current);
            }
            if (c == '\n') {
                current++;
            }
        }
        chars.clear();
        return current;
    }
}
