package io.cureflow.understanding.internal.offline;

import io.cureflow.understanding.Intent;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/** Runs every rule over a normalised reply and keeps the hits no negator cancels. */
final class RuleBook {

    /**
     * What the rules found.
     *
     * @param decisive hits of the legal, death and hardship rules: the weightiest decides the intent
     * @param everyday hits of the everyday rules, which only lift the model
     * @param ruledOut critical intents the reply names only negated or in an idiom ("I did not lose my job"), which
     *                 the model may not pick either
     */
    record Reading(List<RuleHit> decisive, List<RuleHit> everyday, Set<Intent> ruledOut) {
    }

    private final Negation negation = new Negation();

    Reading read(NormalizedText text) {
        List<RuleHit> decisive = new ArrayList<>(4);
        EnumSet<Intent> negated = EnumSet.noneOf(Intent.class);
        DeathRules.read(text, negation).ifPresent(decisive::add);
        for (Rule rule : LegalRules.RULES) {
            first(rule, text, negated).ifPresent(decisive::add);
        }
        boolean placed = decisive.stream().anyMatch(hit -> hit.intent() == Intent.HARDSHIP);
        for (Rule rule : HardshipRules.RULES) {
            if (placed) {
                break;
            }
            Optional<RuleHit> hit = first(rule, text, negated);
            if (hit.isPresent()) {
                decisive.add(hit.get());
                placed = true;
            }
        }
        List<RuleHit> everyday = new ArrayList<>(3);
        for (Rule rule : EverydayRules.RULES) {
            first(rule, text, EnumSet.noneOf(Intent.class)).ifPresent(everyday::add);
        }
        Idioms.PHRASES.forEach((intent, idiom) -> {
            if (idiom.matcher(text.text()).find()) {
                negated.add(intent);
            }
        });
        if (negated.contains(Intent.DECEASED)) {
            negated.add(Intent.HARDSHIP);
        }
        decisive.forEach(hit -> negated.remove(hit.intent()));
        return new Reading(decisive, everyday, negated);
    }

    private Optional<RuleHit> first(Rule rule, NormalizedText text, Set<Intent> negated) {
        Matcher matcher = rule.pattern().matcher(text.text());
        while (matcher.find()) {
            if (Idioms.covers(rule.intent(), text, matcher.start(), matcher.end())) {
                negated.add(rule.intent());
            } else if (!rule.negatable() || !negation.negates(text, matcher.start())) {
                return Optional.of(new RuleHit(rule.intent(), rule.category(), matcher.start(), matcher.end()));
            }
            negated.add(rule.intent());
        }
        return Optional.empty();
    }
}
