package io.cureflow.account;

/** Filter for the case list; null fields match everything. */
public record CaseFilter(CaseStatus status, DelinquencyStage stage) {

    public static CaseFilter all() {
        return new CaseFilter(null, null);
    }
}
