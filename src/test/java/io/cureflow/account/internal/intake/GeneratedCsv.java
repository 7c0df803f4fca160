package io.cureflow.account.internal.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A large, valid account CSV produced row by row as it is read, so a test can import 100,000 rows without holding the
 * file in memory. Every row is a distinct account; every second borrower owes two accounts.
 */
final class GeneratedCsv implements CsvSource {

    private static final String[] STATES = {"NY", "TX", "CA", "FL", "IL", "PA", "OH", "GA"};

    private final int rows;
    private final String prefix;
    private long size = -1;

    GeneratedCsv(int rows, String prefix) {
        this.rows = rows;
        this.prefix = prefix;
    }

    @Override
    public InputStream open() {
        return new RowStream();
    }

    @Override
    public long size() {
        if (size < 0) {
            try (InputStream in = open()) {
                size = in.transferTo(OutputStreamSink.INSTANCE);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return size;
    }

    private String line(int index) {
        if (index == 0) {
            return CsvFixtures.HEADER + "\r\n";
        }
        int borrower = (index + 1) / 2;
        String phone = String.format("+1212555%04d", index % 10000);
        return String.join(",", prefix + "A" + index, prefix + "B" + borrower, "First" + borrower,
                "\"Last, " + borrower + "\"", phone, "", "b" + borrower + "@example.com", borrower + " Main St",
                "Springfield", STATES[borrower % STATES.length], String.format("%05d", 10000 + borrower % 89999),
                "", index % 3 == 0 ? "es" : "en", "Acme Bank", "card", (index % 5000) + ".25", "USD", "2026-09-01",
                String.valueOf(index % 150)) + "\r\n";
    }

    private final class RowStream extends InputStream {

        private int next;
        private byte[] current = new byte[0];
        private int position;

        private boolean fill() {
            while (position >= current.length) {
                if (next > rows) {
                    return false;
                }
                current = line(next++).getBytes(StandardCharsets.UTF_8);
                position = 0;
            }
            return true;
        }

        @Override
        public int read() {
            return fill() ? current[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            int written = 0;
            while (written < length && fill()) {
                int n = Math.min(length - written, current.length - position);
                System.arraycopy(current, position, buffer, offset + written, n);
                position += n;
                written += n;
            }
            return written == 0 ? -1 : written;
        }
    }

    private static final class OutputStreamSink extends java.io.OutputStream {

        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
