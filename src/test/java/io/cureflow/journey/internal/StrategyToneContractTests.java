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
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every tone the treatment strategy can choose has its own wording in the outreach templates, in both languages. */
class StrategyToneContractTests {

    @Test
    void everyStrategyToneHasTemplatesForEveryChannelAndLanguage() throws IOException {
        List<String> tones = tonesOfTheStrategyTable();
        assertThat(tones).isNotEmpty();
        for (String bundle : List.of("i18n/outreach.properties", "i18n/outreach_es.properties")) {
            Properties templates = load(bundle);
            for (String tone : tones) {
                String key = tone.toLowerCase(Locale.ROOT);
                assertThat(templates).as("%s for tone %s", bundle, tone)
                        .containsKeys("outreach.message.sms." + key, "outreach.message.email." + key + ".subject",
                                "outreach.message.call." + key);
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

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = resource(bundle)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static InputStream resource(String name) {
        InputStream in = StrategyToneContractTests.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return in;
    }
}
