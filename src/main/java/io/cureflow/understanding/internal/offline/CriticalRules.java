package io.cureflow.understanding.internal.offline;

import io.cureflow.understanding.Evidence;
import io.cureflow.understanding.Intent;
import io.cureflow.understanding.Reply;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The offline classifier's deterministic rules for the words the law makes CureFlow act on, without its model: what
 * the preferred classifier holds a language model's answer against. The same negation, idioms and precedence apply as
 * in the offline classifier, so "I did not file for bankruptcy" fires nothing and "stop calling me at work" is a
 * restriction, not an opt-out.
 */
@Component
public class CriticalRules {

    /** Hardship is left out on purpose: the model reads categories and idioms better than a word list. */
    static final Set<Intent> LEGAL = EnumSet.of(Intent.DECEASED, Intent.BANKRUPTCY, Intent.ATTORNEY, Intent.CEASE,
            Intent.DISPUTE, Intent.WRONG_NUMBER, Intent.OPT_OUT);

    /** A legal intent a rule found, with the words it matched. */
    public record Finding(Intent intent, List<Evidence> evidence) {

        public Finding {
            evidence = List.copyOf(evidence);
        }
    }

    private final RuleBook rules = new RuleBook();

    /** The weightiest legal intent the rules find in the reply, if any, whatever else they find beside it. */
    public Optional<Finding> find(Reply reply) {
        if (reply.text() == null || reply.text().isBlank()) {
            return Optional.empty();
        }
        NormalizedText text = TextNormalizer.normalize(reply.text());
        List<RuleHit> hits = rules.read(text).decisive();
        boolean restricted = hits.stream().anyMatch(hit -> hit.intent() == Intent.CONTACT_RESTRICTION);
        return hits.stream()
                .filter(hit -> LEGAL.contains(hit.intent()))
                .filter(hit -> !(restricted && hit.intent() == Intent.OPT_OUT))
                .min(Comparator.comparing(RuleHit::intent))
                .map(hit -> new Finding(hit.intent(), List.of(text.evidence(hit.from(), hit.to()))));
    }
}
