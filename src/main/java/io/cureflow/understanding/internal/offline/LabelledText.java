package io.cureflow.understanding.internal.offline;

import io.cureflow.understanding.HardshipCategory;
import io.cureflow.understanding.Intent;

/**
 * One row of a labelled corpus file.
 *
 * @param category set on hardship rows, null elsewhere
 * @param channel  the channel the text came on, as written in the file (sms, email, voice)
 * @param language "en" or "es": from the file name when it says, else detected
 */
public record LabelledText(Intent intent, HardshipCategory category, String channel, String text, String language) {
}
