package io.cureflow.understanding.internal.offline;

import io.cureflow.understanding.HardshipCategory;
import io.cureflow.understanding.Intent;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Reads labelled corpus files: a header line {@code intent, hardship_category, channel, text}, tab separated, one row
 * a line, blank lines and lines starting with # skipped. A bad row fails loudly with its file and line, so a
 * mislabelled corpus never trains a model quietly.
 */
public final class CorpusReader {

    /** Where the training files live on the classpath; held-out files are test resources and never match. */
    public static final String TRAINING_FILES = "classpath*:understanding/corpus/*.tsv";

    private CorpusReader() {
    }

    public static List<LabelledText> training() {
        return read(TRAINING_FILES);
    }

    public static List<LabelledText> read(String locationPattern) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(locationPattern);
            Arrays.sort(resources, Comparator.comparing(Resource::getDescription));
            List<LabelledText> rows = new ArrayList<>();
            for (Resource resource : resources) {
                rows.addAll(read(resource));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list corpus files " + locationPattern, e);
        }
    }

    public static List<LabelledText> read(Resource resource) {
        String name = resource.getFilename() == null ? "" : resource.getFilename();
        String fileLanguage = name.endsWith("-en.tsv") ? "en" : name.endsWith("-es.tsv") ? "es" : null;
        List<LabelledText> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    if (line.toLowerCase(Locale.ROOT).startsWith("intent\t")) {
                        continue;
                    }
                }
                rows.add(parse(line, name, number, fileLanguage));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus file " + name, e);
        }
        return rows;
    }

    private static LabelledText parse(String line, String file, int number, String fileLanguage) {
        String[] columns = line.split("\t", 4);
        if (columns.length < 4 || columns[3].isBlank()) {
            throw new IllegalStateException(file + " line " + number + ": expected intent, category, channel, text");
        }
        try {
            Intent intent = Intent.fromWireName(columns[0]);
            HardshipCategory category = columns[1].isBlank() ? null : HardshipCategory.fromWireName(columns[1]);
            String text = columns[3].strip();
            String language = fileLanguage != null ? fileLanguage
                    : LanguageGuess.guess(TextNormalizer.normalize(text), text);
            return new LabelledText(intent, intent == Intent.HARDSHIP ? category : null, columns[2].strip(), text,
                    language);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + " line " + number + ": unknown intent or hardship category", e);
        }
    }
}
