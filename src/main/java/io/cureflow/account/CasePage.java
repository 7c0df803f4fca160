package io.cureflow.account;

import java.util.List;

/** One page of cases, newest first. */
public record CasePage(List<CaseView> cases, int page, int size, long total) {
}
