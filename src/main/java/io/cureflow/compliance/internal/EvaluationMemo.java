package io.cureflow.compliance.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads shared by the rules of one gate evaluation (RF-01 and RF-02 read the same call history, the caps and state
 * rules the same borrower window), held on the evaluating thread only while the evaluation runs. Nothing outlives it,
 * so a stop, opt-out or attempt recorded a moment before the next evaluation always counts. Outside an evaluation
 * every read goes to the store.
 */
public final class EvaluationMemo {

    private static final ThreadLocal<Map<Object, Object>> CURRENT = new ThreadLocal<>();

    private EvaluationMemo() {
    }

    /** Opens the memo for the current thread; an evaluation nested in another shares the outer one's. */
    static Scope open() {
        if (CURRENT.get() != null) {
            return () -> { };
        }
        CURRENT.set(new HashMap<>());
        return CURRENT::remove;
    }

    /**
     * @param key a value record naming the read and all its parameters
     * @return what {@code read} returned for an equal key earlier in this evaluation, else its fresh answer
     */
    @SuppressWarnings("unchecked")
    public static <T> T remember(Object key, Supplier<T> read) {
        Map<Object, Object> memo = CURRENT.get();
        if (memo == null) {
            return read.get();
        }
        Object known = memo.get(key);
        if (known == null) {
            known = read.get();
            memo.put(key, known);
        }
        return (T) known;
    }

    /** The earlier answer for {@code key} in this evaluation, or null. */
    @SuppressWarnings("unchecked")
    public static <T> T recall(Object key) {
        Map<Object, Object> memo = CURRENT.get();
        return memo == null ? null : (T) memo.get(key);
    }

    /** Keeps {@code value} for {@code key} for the rest of this evaluation; nothing when no evaluation runs. */
    public static void keep(Object key, Object value) {
        Map<Object, Object> memo = CURRENT.get();
        if (memo != null) {
            memo.put(key, value);
        }
    }

    interface Scope extends AutoCloseable {

        @Override
        void close();
    }
}
