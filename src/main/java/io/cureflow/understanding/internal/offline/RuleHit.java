package io.cureflow.understanding.internal.offline;

import io.cureflow.understanding.HardshipCategory;
import io.cureflow.understanding.Intent;

/**
 * A rule that fired, with the span of normalised text it matched.
 *
 * @param category for hardship, the category the rule decides, or null when the words do not say which
 */
record RuleHit(Intent intent, HardshipCategory category, int from, int to) {
}
