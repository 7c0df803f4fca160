package io.cureflow.compliance.internal;

import io.cureflow.compliance.ContactRestriction;
import io.cureflow.compliance.internal.caps.CapsProperties;
import io.cureflow.compliance.internal.caps.ChannelCapsRule;
import io.cureflow.compliance.internal.frequency.FrequencyProperties;
import io.cureflow.compliance.internal.frequency.FrequencyRulesInMemory;
import io.cureflow.compliance.internal.states.MassachusettsTelephoneRule;
import io.cureflow.compliance.internal.states.NewYorkCityRule;
import io.cureflow.compliance.internal.states.StateContactHoursRule;
import io.cureflow.compliance.internal.states.StatesProperties;
import io.cureflow.compliance.internal.states.WashingtonRule;
import io.cureflow.compliance.internal.stops.ConsentProperties;
import io.cureflow.compliance.internal.stops.StopRulesInMemory;
import io.cureflow.compliance.internal.validation.ValidationRulesInMemory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every {@link ComplianceRule} the application wires, with the parameters of {@code application.yml}, over a ledger
 * and restrictions held in memory. {@code ComplianceModuleTests} checks that the ids match the application's beans, so
 * a rule added later cannot be left out of the tests built on this set.
 */
public final class ApplicationRuleSet {

    private final Binder binder;

    private ApplicationRuleSet(Binder binder) {
        this.binder = binder;
    }

    /** @param overrides {@code key=value} pairs laid over {@code application.yml}, e.g. the NYC switch */
    public static ApplicationRuleSet fromApplicationYml(String... overrides) {
        MutablePropertySources sources = new MutablePropertySources();
        Map<String, Object> laid = new HashMap<>();
        for (String pair : overrides) {
            int equals = pair.indexOf('=');
            laid.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        sources.addFirst(new MapPropertySource("overrides", laid));
        try {
            for (PropertySource<?> source : new YamlPropertySourceLoader().load("application.yml",
                    new ClassPathResource("application.yml"))) {
                sources.addLast(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ApplicationRuleSet(new Binder(ConfigurationPropertySources.from(sources),
                new PropertySourcesPlaceholdersResolver(sources)));
    }

    public <T> T bind(Class<T> type, String prefix) {
        return binder.bindOrCreate(prefix, type);
    }

    public ComplianceProperties compliance() {
        return bind(ComplianceProperties.class, "cureflow.compliance");
    }

    public CapsProperties caps() {
        return bind(CapsProperties.class, "cureflow.compliance.caps");
    }

    public StatesProperties states() {
        return bind(StatesProperties.class, "cureflow.compliance.states");
    }

    public FrequencyProperties frequency() {
        return bind(FrequencyProperties.class, "cureflow.compliance.frequency");
    }

    public ConsentProperties consent() {
        return bind(ConsentProperties.class, "cureflow.compliance.consent");
    }

    /** @param restrictions every restriction recorded, of every borrower, lifted ones included */
    public List<ComplianceRule> rules(InMemoryLedger ledger, Supplier<List<ContactRestriction>> restrictions) {
        ComplianceMessages messages = new ComplianceMessages();
        StatesProperties states = states();
        List<ComplianceRule> rules = new ArrayList<>();
        rules.add(new ContactHoursRule(compliance(), messages));
        rules.add(new ChannelCapsRule(caps(), ledger, messages));
        rules.add(new MassachusettsTelephoneRule(states, ledger, messages));
        rules.add(new WashingtonRule(states, ledger, messages));
        rules.add(new NewYorkCityRule(states, ledger, messages));
        rules.add(new StateContactHoursRule(states, messages));
        rules.addAll(FrequencyRulesInMemory.rules(ledger, frequency(), messages));
        rules.addAll(StopRulesInMemory.rules(restrictions, ledger, consent(), messages));
        rules.add(ValidationRulesInMemory.noticeRule(messages));
        return List.copyOf(rules);
    }

    public ComplianceEvaluator evaluator(InMemoryLedger ledger, Supplier<List<ContactRestriction>> restrictions) {
        return new ComplianceEvaluator(rules(ledger, restrictions));
    }

    /** The locator the gate uses: the address's zones, every phone's zone from libphonenumber, the fallback. */
    public ConsumerLocator locator() {
        return new ConsumerLocator(new PhoneTimeZones(), compliance());
    }

    static List<String> ids(List<ComplianceRule> rules) {
        return rules.stream().map(ComplianceRule::id).sorted().toList();
    }
}
