package io.cureflow.compliance.internal;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the answers of a pure function of a string or a value, such as a phone number's time zones, which every
 * evaluation would otherwise work out again. It forgets everything once it holds {@code capacity} answers, so a stream
 * of distinct inputs costs recomputation, never memory. Only for functions whose answer never changes.
 */
public final class BoundedCache<K, V> {

    private final int capacity;
    private final Function<K, V> compute;
    private final Map<K, V> answers = new ConcurrentHashMap<>();

    public BoundedCache(int capacity, Function<K, V> compute) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.compute = Objects.requireNonNull(compute, "compute");
    }

    public V get(K key) {
        V known = answers.get(key);
        if (known != null) {
            return known;
        }
        V answer = Objects.requireNonNull(compute.apply(key), "the cached function answered null");
        if (answers.size() >= capacity) {
            answers.clear();
        }
        answers.put(key, answer);
        return answer;
    }

    int size() {
        return answers.size();
    }
}
