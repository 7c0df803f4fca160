package io.cureflow.outreach.internal.compose;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Optional;

/** Unsigned LEB128: small case ids take one or two bytes, which keeps payment links short. */
final class Varint {

    private static final int MAX_BYTES = 9;

    private Varint() {
    }

    static void write(long value, ByteArrayOutputStream out) {
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            out.write((int) ((rest & 0x7F) | 0x80));
            rest >>>= 7;
        }
        out.write((int) rest);
    }

    static Optional<Long> read(ByteBuffer in) {
        long value = 0;
        for (int i = 0; i < MAX_BYTES && in.hasRemaining(); i++) {
            int b = in.get() & 0xFF;
            value |= (long) (b & 0x7F) << (7 * i);
            if ((b & 0x80) == 0) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
