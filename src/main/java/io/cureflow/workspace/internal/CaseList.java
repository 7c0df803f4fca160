package io.cureflow.workspace.internal;

import io.cureflow.account.CasePage;

import java.util.List;

/** One page of the case list (page numbers start at 0); the body of {@code GET /api/v1/cases}. */
public record CaseList(List<CaseSummary> cases, int page, int size, long total) {

    static CaseList of(CasePage page) {
        return new CaseList(page.cases().stream().map(CaseSummary::of).toList(), page.page(), page.size(),
                page.total());
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public long pageCount() {
        return size == 0 ? 0 : (total + size - 1) / size;
    }
}
