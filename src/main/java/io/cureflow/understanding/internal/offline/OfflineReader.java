package io.cureflow.understanding.internal.offline;

import io.cureflow.understanding.Classification;
import io.cureflow.understanding.Evidence;
import io.cureflow.understanding.HardshipCategory;
import io.cureflow.understanding.Intent;
import io.cureflow.understanding.Promise;
import io.cureflow.understanding.Reply;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides a reply from the rules and the model; see docs/understanding.md for the precedence. A legal or hardship rule
 * hit decides, the weightiest first; otherwise the model decides, lifted by the everyday word rules. Confidence is
 * high for a rule hit and the model's probability otherwise; a weightier intent the model suspects sends the reply to
 * a person.
 */
public final class OfflineReader {

    static final String NAME = "offline";

    /** The intents where a miss breaks the law: a look by a person is cheaper than a wrong guess. */
    private static final Set<Intent> CRITICAL = EnumSet.of(Intent.DECEASED, Intent.BANKRUPTCY, Intent.ATTORNEY,
            Intent.CEASE, Intent.DISPUTE, Intent.WRONG_NUMBER, Intent.HARDSHIP, Intent.OPT_OUT);

    private static final double RULE_CONFIDENCE = 0.9;
    private static final double AGREED_CONFIDENCE = 0.97;

    private final TrainedModels models;
    private final UnderstandingProperties settings;
    private final RuleBook rules = new RuleBook();

    OfflineReader(TrainedModels models, UnderstandingProperties settings) {
        this.models = models;
        this.settings = settings;
    }

    public static OfflineReader train(List<LabelledText> rows, UnderstandingProperties settings) {
        return new OfflineReader(TrainedModels.train(rows, settings.algorithm(), settings.iterations(),
                settings.cutoff()), settings);
    }

    public Classification classify(Reply reply) {
        NormalizedText text = TextNormalizer.normalize(reply.text());
        String language = "en".equals(reply.language()) || "es".equals(reply.language()) ? reply.language()
                : LanguageGuess.guess(text, reply.text());
        String[] tokens = Features.tokens(text);
        RuleBook.Reading reading = rules.read(text);
        Map<Intent, Double> model = model(tokens, reading);

        Intent modelBest = best(model);
        RuleHit decisive = weightiest(reading.decisive());
        Intent intent;
        double confidence;
        List<Evidence> evidence = new ArrayList<>(2);
        boolean restricted = decisive != null && decisive.intent() == Intent.CONTACT_RESTRICTION;
        if (decisive != null && !(modelBest.outweighs(decisive.intent()) && !(restricted && modelBest == Intent.OPT_OUT)
                && model.getOrDefault(modelBest, 0.0) >= settings.overrideAt())) {
            intent = decisive.intent();
            confidence = modelBest == intent ? AGREED_CONFIDENCE : RULE_CONFIDENCE;
            evidence.add(text.evidence(decisive.from(), decisive.to()));
        } else {
            Map<Intent, Double> lifted = new EnumMap<>(model);
            for (RuleHit hit : reading.everyday()) {
                lifted.merge(hit.intent(), settings.everydayBoost(), Double::sum);
            }
            intent = best(lifted);
            confidence = Math.min(0.95, lifted.getOrDefault(intent, 0.0));
            reading.everyday().stream().filter(hit -> hit.intent() == intent).findFirst()
                    .ifPresent(hit -> evidence.add(text.evidence(hit.from(), hit.to())));
            if (evidence.isEmpty()) {
                evidence.addAll(modelEvidence(text, intent));
            }
        }

        boolean suspect = model.entrySet().stream().anyMatch(entry -> CRITICAL.contains(entry.getKey())
                && entry.getKey().outweighs(intent) && entry.getValue() >= settings.suspectAt());
        List<Intent> also = alsoDetected(intent, reading, model);
        HardshipCategory category = intent == Intent.HARDSHIP ? category(reading, tokens) : null;
        Promise promise = intent == Intent.PROMISE_TO_PAY || intent == Intent.PAYMENT_PLAN_REQUEST
                ? promise(reply, language) : null;
        return new Classification(intent, category, round(confidence), promise, evidence, also, language,
                confidence < settings.reviewBelow() || suspect, NAME);
    }

    private Map<Intent, Double> model(String[] tokens, RuleBook.Reading reading) {
        Map<Intent, Double> model = new EnumMap<>(Intent.class);
        if (tokens.length == 0) {
            model.put(Intent.OTHER, 1.0);
            return model;
        }
        model.putAll(models.intents(tokens));
        reading.ruledOut().forEach(model::remove);
        return model;
    }

    private Promise promise(Reply reply, String language) {
        ZoneId zone = reply.zone() == null ? settings.defaultZone() : reply.zone();
        Instant at = reply.receivedAt() == null ? Instant.now() : reply.receivedAt();
        return PromiseReader.read(reply.text(), at.atZone(zone).toLocalDate(), language).orElse(null);
    }

    private HardshipCategory category(RuleBook.Reading reading, String[] tokens) {
        HardshipCategory ruled = reading.decisive().stream().filter(hit -> hit.intent() == Intent.HARDSHIP)
                .map(RuleHit::category).filter(c -> c != null && c != HardshipCategory.OTHER_HARDSHIP)
                .findFirst().orElse(null);
        if (ruled != null) {
            return ruled;
        }
        return tokens.length == 0 ? HardshipCategory.OTHER_HARDSHIP : models.category(tokens).getKey();
    }

    private List<Intent> alsoDetected(Intent intent, RuleBook.Reading reading, Map<Intent, Double> model) {
        EnumSet<Intent> also = EnumSet.noneOf(Intent.class);
        reading.decisive().forEach(hit -> also.add(hit.intent()));
        reading.everyday().forEach(hit -> also.add(hit.intent()));
        model.forEach((candidate, p) -> {
            if (p >= settings.alsoDetectedAt()) {
                also.add(candidate);
            }
        });
        also.remove(intent);
        also.remove(Intent.OTHER);
        return List.copyOf(also);
    }

    /** The words of the reply that lean most to the chosen intent in the training rows. */
    private List<Evidence> modelEvidence(NormalizedText text, Intent intent) {
        int best = -1;
        double strongest = 0.5;
        for (int i = 0; i < text.words().size(); i++) {
            String token = Features.token(text.words().get(i).text());
            if (token == null) {
                continue;
            }
            double leaning = models.leaning(intent, token);
            if (leaning > strongest) {
                strongest = leaning;
                best = i;
            }
        }
        return best < 0 ? List.of() : List.of(text.evidenceOfWord(best));
    }

    /**
     * The hit that decides: the weightiest intent, except that a contact restriction qualifies an opt-out ("stop
     * calling me at work" restricts calls to work, it does not end them).
     */
    private static RuleHit weightiest(List<RuleHit> hits) {
        boolean restricted = hits.stream().anyMatch(hit -> hit.intent() == Intent.CONTACT_RESTRICTION);
        return hits.stream()
                .filter(hit -> !(restricted && hit.intent() == Intent.OPT_OUT))
                .min(Comparator.comparing(RuleHit::intent))
                .orElse(null);
    }

    /** The highest score; a tie goes to the lighter intent, so a model that knows no word of the reply says other. */
    private static Intent best(Map<Intent, Double> scores) {
        return scores.entrySet().stream().max(Map.Entry.<Intent, Double>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(Intent.OTHER);
    }

    private static double round(double confidence) {
        return Math.round(confidence * 1000) / 1000.0;
    }
}
