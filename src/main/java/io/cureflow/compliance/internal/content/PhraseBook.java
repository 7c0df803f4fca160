package io.cureflow.compliance.internal.content;

import io.cureflow.compliance.Channel;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The wording lists of {@code compliance/content-phrases.yml}, compiled once at start-up. */
@Component
class PhraseBook {

    /** Each entry is a set of phrases that must all appear; any one entry satisfies the requirement. */
    record Requirement(List<List<Phrase>> entries) {

        boolean metBy(String folded) {
            return entries.stream().anyMatch(all -> all.stream().allMatch(phrase -> phrase.foundIn(folded)));
        }
    }

    private final Map<String, Requirement> initialDisclosures;
    private final Map<String, Requirement> subsequentDisclosures;
    private final Map<Channel, Map<String, List<Phrase>>> optOuts;
    private final List<Phrase> businessNameForbidden;
    private final List<Phrase> voicemailDebtWords;
    private final List<ProhibitedCategory> prohibited;

    PhraseBook(ContentProperties properties) {
        Map<String, Object> root;
        try (InputStream in = properties.phrases().getInputStream()) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the content phrases " + properties.phrases(), e);
        }
        Map<String, Object> disclosures = map(root.get("disclosures"));
        initialDisclosures = requirements(map(disclosures.get("initial")));
        subsequentDisclosures = requirements(map(disclosures.get("subsequent")));
        optOuts = new EnumMap<>(Channel.class);
        map(root.get("opt-out")).forEach((channel, byLanguage) -> {
            Map<String, List<Phrase>> phrases = new java.util.HashMap<>();
            map(byLanguage).forEach((language, list) -> phrases.put(language, phrases(list)));
            optOuts.put(Channel.valueOf(channel), phrases);
        });
        Map<String, Object> limited = map(root.get("limited-content"));
        businessNameForbidden = phrases(limited.get("business-name-forbidden"));
        voicemailDebtWords = phrases(limited.get("debt-words"));
        prohibited = new ArrayList<>();
        for (Object item : (List<?>) root.get("prohibited")) {
            Map<String, Object> row = map(item);
            List<Phrase> phrases = new ArrayList<>(phrases(row.get("en")));
            phrases.addAll(phrases(row.get("es")));
            prohibited.add(new ProhibitedCategory((String) row.get("id"), (String) row.get("name"),
                    (String) row.get("citation"), Gate.valueOf((String) row.get("gate")), List.copyOf(phrases),
                    phrases(row.get("except"))));
        }
    }

    Requirement initialDisclosure(String language) {
        return initialDisclosures.getOrDefault(language, new Requirement(List.of()));
    }

    Requirement subsequentDisclosure(String language) {
        return subsequentDisclosures.getOrDefault(language, new Requirement(List.of()));
    }

    List<Phrase> optOut(Channel channel, String language) {
        return optOuts.getOrDefault(channel, Map.of()).getOrDefault(language, List.of());
    }

    List<Phrase> businessNameForbidden() {
        return businessNameForbidden;
    }

    List<Phrase> voicemailDebtWords() {
        return voicemailDebtWords;
    }

    List<ProhibitedCategory> prohibited() {
        return prohibited;
    }

    private static Map<String, Requirement> requirements(Map<String, Object> byLanguage) {
        Map<String, Requirement> result = new java.util.HashMap<>();
        byLanguage.forEach((language, entries) -> {
            List<List<Phrase>> compiled = new ArrayList<>();
            for (Object entry : (List<?>) entries) {
                compiled.add(phrases(entry));
            }
            result.put(language, new Requirement(List.copyOf(compiled)));
        });
        return result;
    }

    private static List<Phrase> phrases(Object list) {
        if (list == null) {
            return List.of();
        }
        if (list instanceof String single) {
            return List.of(Phrase.of(single));
        }
        return ((List<?>) list).stream().map(item -> Phrase.of(String.valueOf(item))).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }
}
