package io.cureflow.compliance.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads shared by the rules of one gate evaluation (RF-01 and RF-02 read the same call history, the caps and state
 * rules the same borrower window), held on the evaluating thread only while the evaluation runs. Nothing outlives it,
 * so a stop, opt-out or attempt recorded a moment before the next evaluation always counts. Outside an evaluation
 * every read goes to the store.
 */
public final class EvaluationMemo {

    /**
     * How far past the asked range a window read reaches. A blocked contact makes the evaluator ask every rule again at
     * later instants (the end of a conversation period, the next day, the next week); reading ahead once lets those
     * rounds filter the rows already read instead of going back to the database each time.
     */
    public static final Duration LOOKAHEAD = Duration.ofDays(8);

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

    /**
     * Rows of a read over {@code [from, to)} ordered by time. An earlier read in this evaluation under the same key whose
     * range covers this one answers it, filtered; otherwise {@code read} fetches {@code [from, to + LOOKAHEAD)} and is
     * kept. Outside an evaluation it reads exactly {@code [from, to)}.
     *
     * @param key  a value record naming the read and its parameters other than the range
     * @param time the instant of a row
     */
    public static <T> List<T> window(Object key, Instant from, Instant to, Function<T, Instant> time,
                                     BiFunction<Instant, Instant, List<T>> read) {
        Map<Object, Object> memo = CURRENT.get();
        if (memo == null) {
            return read.apply(from, to);
        }
        @SuppressWarnings("unchecked")
        Window<T> known = (Window<T>) memo.get(key);
        if (known == null || known.from().isAfter(from) || known.to().isBefore(to)) {
            known = new Window<>(from, to.plus(LOOKAHEAD), read.apply(from, to.plus(LOOKAHEAD)));
            memo.put(key, known);
        }
        return known.within(from, to, time);
    }

    /**
     * Keeps rows already read for {@code [from, to)} under {@code key}, so that a later {@link #window} call with the
     * same key and a range inside it is answered from them; nothing when no evaluation runs.
     */
    public static <T> void primeWindow(Object key, Instant from, Instant to, List<T> rows) {
        Map<Object, Object> memo = CURRENT.get();
        if (memo != null) {
            memo.put(key, new Window<>(from, to, List.copyOf(rows)));
        }
    }

    private record Window<T>(Instant from, Instant to, List<T> rows) {

        List<T> within(Instant rangeFrom, Instant rangeTo, Function<T, Instant> time) {
            return rows.stream().filter(row -> {
                Instant at = time.apply(row);
                return !at.isBefore(rangeFrom) && at.isBefore(rangeTo);
            }).toList();
        }
    }

    interface Scope extends AutoCloseable {

        @Override
        void close();
    }
}
