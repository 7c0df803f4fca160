package io.cureflow.compliance.internal;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ComplianceDecision.Verdict;
import io.cureflow.compliance.ContactProposal;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class ComplianceEvaluatorTests {

    private static final Instant NOW = Instant.parse("2026-01-14T12:00:00Z");
    private static final Instant T1 = NOW.plusSeconds(3_600);
    private static final Instant T2 = NOW.plusSeconds(7_200);
    private static final Instant T3 = NOW.plusSeconds(10_800);

    private static ContactContext context() {
        ContactProposal proposal = new ContactProposal(7L, Channel.SMS, "+12125550123", NOW);
        ConsumerLocation location = ConsumerLocation.of(null, List.of(ZoneId.of("America/New_York")), List.of(),
                List.of());
        return new ContactContext(proposal, Borrowers.livingIn("NY", "10001"), location, NOW);
    }

    private static ComplianceRule rule(String id, Function<Instant, RuleResult> behaviour) {
        return new ComplianceRule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String citation() {
                return "test " + id;
            }

            @Override
            public RuleResult evaluate(ContactContext context) {
                return behaviour.apply(context.at());
            }
        };
    }

    private static ComplianceRule blocksUntil(String id, Instant until) {
        return rule(id, at -> at.isBefore(until) ? RuleResult.blockUntil(id + " blocks", until, null)
                : RuleResult.pass(null));
    }

    @Test
    void allowsWhenNoRuleBlocks() {
        var evaluation = new ComplianceEvaluator(List.of(rule("A", at -> RuleResult.pass("fine")))).evaluate(context());

        assertThat(evaluation.verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(evaluation.nextAllowedAt()).isNull();
        assertThat(evaluation.outcomes()).singleElement().satisfies(outcome -> assertThat(outcome.ruleId()).isEqualTo("A"));
    }

    @Test
    void blocksWhenOneRuleBlocksAndWaitsForTheLatestEarliestInstant() {
        var evaluator = new ComplianceEvaluator(List.of(blocksUntil("A", T1), blocksUntil("B", T2),
                rule("C", at -> RuleResult.pass(null))));

        var evaluation = evaluator.evaluate(context());

        assertThat(evaluation.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(evaluation.nextAllowedAt()).isEqualTo(T2);
    }

    @Test
    void checksTheProposedInstantAgainAndMovesOnWhenAnotherRuleBlocksThere() {
        ComplianceRule quietBetweenT2AndT3 = rule("Q", at -> !at.isBefore(T2) && at.isBefore(T3)
                ? RuleResult.blockUntil("quiet", T3, null) : RuleResult.pass(null));
        var evaluator = new ComplianceEvaluator(List.of(blocksUntil("A", T2), quietBetweenT2AndT3));

        assertThat(evaluator.evaluate(context()).nextAllowedAt()).isEqualTo(T3);
    }

    @Test
    void leavesNoNextInstantWhenABlockIsPermanent() {
        var evaluator = new ComplianceEvaluator(List.of(blocksUntil("A", T1),
                rule("P", at -> RuleResult.blockPermanently("never", null))));

        var evaluation = evaluator.evaluate(context());

        assertThat(evaluation.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(evaluation.nextAllowedAt()).isNull();
    }

    @Test
    void leavesNoNextInstantWhenARuleDoesNotMoveForward() {
        var evaluator = new ComplianceEvaluator(List.of(rule("S", at -> RuleResult.blockUntil("stuck", at, null))));

        assertThat(evaluator.evaluate(context()).nextAllowedAt()).isNull();
    }
}
