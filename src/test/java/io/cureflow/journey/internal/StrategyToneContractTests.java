package io.cureflow.journey.internal;

import io.cureflow.journey.DelinquencyJourney;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Every tone the treatment strategy can choose has its own message templates, two variants, in both languages. */
class StrategyToneContractTests {

    @Test
    void everyStrategyToneHasTemplatesForEveryChannelAndLanguage() throws IOException {
        List<String> tones = tonesOfTheStrategyTable();
        assertThat(tones).isNotEmpty();
        for (String channel : List.of("sms", "email", "call")) {
            for (String language : List.of("en", "es")) {
                for (String tone : tones) {
                    for (String variant : List.of("a", "b")) {
                        String template = "templates/messages/" + channel + "/" + tone.toLowerCase(Locale.ROOT) + "/"
                                + language + "/" + variant + ".txt";
                        try (InputStream in = resource(template)) {
                            assertThat(in).as(template).isNotNull();
                        }
                    }
                }
            }
        }
    }

    private static List<String> tonesOfTheStrategyTable() throws IOException {
        try (InputStream dmn = resource(DelinquencyJourney.DECISION_RESOURCE)) {
            DmnModelInstance model = Dmn.readModelFromStream(dmn);
            DecisionTable table = model.getModelElementsByType(DecisionTable.class).iterator().next();
            List<Output> outputs = List.copyOf(table.getOutputs());
            int toneColumn = outputs.indexOf(outputs.stream()
                    .filter(output -> DelinquencyJourney.VAR_TONE.equals(output.getName())).findFirst().orElseThrow());
            return table.getRules().stream()
                    .map(Rule::getOutputEntries)
                    .map(entries -> List.copyOf(entries).get(toneColumn).getTextContent().replace("\"", "").trim())
                    .distinct()
                    .toList();
        }
    }

    private static InputStream resource(String name) {
        InputStream in = StrategyToneContractTests.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return in;
    }
}
