package io.cureflow.journey.internal;

import io.cureflow.journey.DelinquencyJourney;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The treatment strategy table on the DMN engine alone: one case per rule row, in the table's order. */
class TreatmentStrategyDecisionTests {

    record Row(String rule, int daysPastDue, double balance, String product, String segment, String tone,
               int cadenceDays, String channelOrder) {

        @Override
        public String toString() {
            return rule + ": " + daysPastDue + " days, balance " + balance + ", " + product;
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row("Rule_LateStage", 95, 300, "CREDIT_CARD", "LATE_STAGE", "URGENT", 3, "CALL,SMS,EMAIL"),
                new Row("Rule_SeriousHighBalance", 60, 5000, "PERSONAL_LOAN", "SERIOUS_HIGH_BALANCE", "URGENT", 3,
                        "CALL,SMS,EMAIL"),
                new Row("Rule_Serious", 89, 4999.99, "CREDIT_CARD", "SERIOUS", "URGENT", 5, "SMS,CALL,EMAIL"),
                new Row("Rule_MidStageHighBalance", 30, 12000, "AUTO_LOAN", "MID_STAGE_HIGH_BALANCE", "SUPPORTIVE",
                        5, "SMS,CALL,EMAIL"),
                new Row("Rule_MidStage", 59, 800, "CREDIT_CARD", "MID_STAGE", "SUPPORTIVE", 7, "SMS,EMAIL,CALL"),
                new Row("Rule_EarlyCard", 1, 300, "CREDIT_CARD", "EARLY_CARD", "FRIENDLY", 5, "SMS,EMAIL"),
                new Row("Rule_Early", 29, 300, "PERSONAL_LOAN", "EARLY", "FRIENDLY", 7, "EMAIL,SMS"),
                new Row("Rule_Fallback", 0, 300, "CREDIT_CARD", "STANDARD", "FRIENDLY", 7, "SMS,EMAIL,CALL"));
    }

    private static final List<String> matchedRules = new ArrayList<>();
    private static DmnEngine dmnEngine;
    private static DmnDecision decision;

    @BeforeAll
    static void parseTheTable() throws IOException {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(TreatmentStrategyDecisionTests::remember));
        dmnEngine = configuration.buildEngine();
        try (InputStream table = TreatmentStrategyDecisionTests.class.getClassLoader()
                .getResourceAsStream(DelinquencyJourney.DECISION_RESOURCE)) {
            decision = dmnEngine.parseDecision(DelinquencyJourney.DECISION_TREATMENT_STRATEGY, table);
        }
    }

    private static void remember(DmnDecisionTableEvaluationEvent event) {
        matchedRules.clear();
        event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(matchedRules::add);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void choosesTheStrategyOfTheFirstMatchingRow(Row row) {
        DmnDecisionResultEntries result = dmnEngine.evaluateDecision(decision, Variables.createVariables()
                        .putValue("daysPastDue", row.daysPastDue())
                        .putValue("balance", row.balance())
                        .putValue("product", row.product()))
                .getSingleResult();

        assertThat(matchedRules).first().isEqualTo(row.rule());
        assertThat(result.getEntryMap())
                .containsEntry("segment", row.segment())
                .containsEntry("tone", row.tone())
                .containsEntry("cadenceDays", row.cadenceDays())
                .containsEntry("channelOrder", row.channelOrder());
        assertThat(PickNextStepDelegate.channelOrder(row.channelOrder())).isNotEmpty();
    }

    @Test
    void everyRuleRowHasItsCase() {
        List<String> tableRules = ((DmnDecisionTableImpl) decision.getDecisionLogic()).getRules().stream()
                .map(DmnDecisionTableRuleImpl::getId)
                .toList();

        assertThat(rows().map(Row::rule).toList()).containsExactlyElementsOf(tableRules);
    }

    @Test
    void aMissingProductStillGetsAStrategy() {
        DmnDecisionResultEntries result = dmnEngine.evaluateDecision(decision, Variables.createVariables()
                        .putValue("daysPastDue", 10)
                        .putValue("balance", 100.0)
                        .putValue("product", null))
                .getSingleResult();

        assertThat(result.<String>getEntry("segment")).isEqualTo("EARLY");
    }
}
