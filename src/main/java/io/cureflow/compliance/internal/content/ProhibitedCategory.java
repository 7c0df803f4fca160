package io.cureflow.compliance.internal.content;

import java.util.List;

/** One row of the catalogue's prohibited-claims table, with its phrases in both languages. */
record ProhibitedCategory(String id, String name, String citation, Gate gate, List<Phrase> phrases,
                          List<Phrase> exceptions) {

    /** True when a phrase occurs outside every exception's span. */
    boolean foundIn(String folded) {
        List<int[]> excepted = null;
        for (Phrase phrase : phrases) {
            for (int[] span : phrase.spansIn(folded)) {
                if (excepted == null) {
                    excepted = exceptions.stream().flatMap(e -> e.spansIn(folded).stream()).toList();
                }
                boolean inside = excepted.stream().anyMatch(e -> e[0] <= span[0] && span[1] <= e[1]);
                if (!inside) {
                    return true;
                }
            }
        }
        return false;
    }
}
