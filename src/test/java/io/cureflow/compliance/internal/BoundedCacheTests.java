package io.cureflow.compliance.internal;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoundedCacheTests {

    @Test
    void computesEachAnswerOnceWhileItFits() {
        AtomicInteger calls = new AtomicInteger();
        BoundedCache<String, Integer> lengths = new BoundedCache<>(10, text -> {
            calls.incrementAndGet();
            return text.length();
        });

        assertThat(lengths.get("+15182000001")).isEqualTo(12);
        assertThat(lengths.get("+15182000001")).isEqualTo(12);
        assertThat(lengths.get("pat@example.com")).isEqualTo(15);
        assertThat(calls).hasValue(2);
    }

    @Test
    void neverHoldsMoreThanItsCapacity() {
        BoundedCache<Integer, Integer> squares = new BoundedCache<>(100, n -> n * n);

        for (int n = 0; n < 10_000; n++) {
            assertThat(squares.get(n)).isEqualTo(n * n);
            assertThat(squares.size()).isLessThanOrEqualTo(100);
        }
    }

    @Test
    void refusesAFunctionThatAnswersNull() {
        BoundedCache<String, String> broken = new BoundedCache<>(10, text -> null);

        assertThatThrownBy(() -> broken.get("x")).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("answered null");
    }
}
