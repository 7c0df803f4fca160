package io.cureflow.workspace.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CaseListTests {

    @Test
    void hasNoNextPageWhenTheLastPageIsFull() {
        CaseList last = new CaseList(List.of(), 1, 25, 50);

        assertThat(last.hasNext()).isFalse();
        assertThat(last.hasPrevious()).isTrue();
        assertThat(last.pageCount()).isEqualTo(2);
    }

    @Test
    void countsAPartialLastPage() {
        CaseList first = new CaseList(List.of(), 0, 25, 51);

        assertThat(first.hasNext()).isTrue();
        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.pageCount()).isEqualTo(3);
    }

    @Test
    void hasNoPagesWhenNothingMatches() {
        CaseList empty = new CaseList(List.of(), 0, 25, 0);

        assertThat(empty.hasNext()).isFalse();
        assertThat(empty.pageCount()).isZero();
    }
}
