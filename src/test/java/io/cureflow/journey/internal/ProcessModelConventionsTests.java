package io.cureflow.journey.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cureflow.journey.DelinquencyJourney;
import io.cureflow.journey.OutreachAttempt;
import io.cureflow.journey.ValidationNotice;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules every model in {@code bpmn/} and every form in {@code forms/} follows, checked on the files themselves. */
class ProcessModelConventionsTests {

    private static final Pattern MODELER_ID = Pattern.compile("_[0-9a-z]{7}$");
    private static final Pattern DELEGATE_EXPRESSION = Pattern.compile("^\\$\\{(\\w+)}$");
    private static final Path MODELS = Path.of("bpmn");
    private static final Path FORMS = Path.of("forms");

    @Test
    void idsAreChosenByHandNotLeftAsModelerGenerated() throws Exception {
        List<String> generated = new ArrayList<>();
        for (Path model : files(MODELS, ".bpmn", ".dmn")) {
            NodeList elements = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                    .parse(model.toFile()).getElementsByTagName("*");
            for (int i = 0; i < elements.getLength(); i++) {
                String id = ((Element) elements.item(i)).getAttribute("id");
                if (MODELER_ID.matcher(id).find()) {
                    generated.add(model.getFileName() + ": " + id);
                }
            }
        }
        assertThat(generated).isEmpty();
    }

    @Test
    void everyFlowNodeHasABusinessName() throws IOException {
        List<String> unnamed = new ArrayList<>();
        for (Path model : files(MODELS, ".bpmn")) {
            Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(FlowNode.class).stream()
                    .filter(node -> node.getName() == null || node.getName().isBlank())
                    .forEach(node -> unnamed.add(model.getFileName() + ": " + node.getId()));
        }
        assertThat(unnamed).isEmpty();
    }

    @Test
    void everyProcessAndDecisionHasAHistoryTimeToLive() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path model : files(MODELS, ".bpmn")) {
            Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(Process.class).stream()
                    .filter(process -> process.getCamundaHistoryTimeToLiveString() == null)
                    .forEach(process -> missing.add(process.getId()));
        }
        for (Path model : files(MODELS, ".dmn")) {
            Dmn.readModelFromFile(model.toFile()).getModelElementsByType(Decision.class).stream()
                    .filter(decision -> decision.getCamundaHistoryTimeToLiveString() == null)
                    .forEach(decision -> missing.add(decision.getId()));
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyFormRefNamesAFormInTheFormsFolder() throws IOException {
        Set<String> formIds = forms().keySet();
        List<String> userTaskForms = new ArrayList<>();
        for (Path model : files(MODELS, ".bpmn")) {
            for (UserTask task : Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(UserTask.class)) {
                assertThat(task.getCamundaFormRef()).as(task.getId()).isIn(formIds);
                assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("deployment");
                userTaskForms.add(task.getCamundaFormRef());
            }
        }
        assertThat(userTaskForms).containsExactlyInAnyOrderElementsOf(formIds);
    }

    @Test
    void formsAreCamundaSevenFormsTheTasklistCanRender() throws IOException {
        for (Map.Entry<String, JsonNode> form : forms().entrySet()) {
            JsonNode schema = form.getValue();
            assertThat(schema.path("schemaVersion").asInt()).as(form.getKey()).isBetween(1, 16);
            assertThat(schema.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
            assertThat(schema.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
            for (JsonNode component : schema.path("components")) {
                if (component.has("key")) {
                    assertThat(component.path("key").asText()).matches("[a-zA-Z][a-zA-Z0-9]*");
                    assertThat(component.path("label").asText()).as(component.path("key").asText()).isNotBlank();
                }
            }
        }
    }

    @Test
    void delegatesAreBeansNamedAfterTheirTaskAndNoVariableHidesThem() throws Exception {
        Set<String> beans = new HashSet<>();
        for (Path model : files(MODELS, ".bpmn")) {
            for (ServiceTask task : Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(ServiceTask.class)) {
                if (task.getCamundaDelegateExpression() == null) {
                    assertThat(task.getCamundaType()).as(task.getId()).isEqualTo("external");
                    continue;
                }
                Matcher bean = DELEGATE_EXPRESSION.matcher(task.getCamundaDelegateExpression());
                assertThat(bean.matches()).as(task.getId()).isTrue();
                beans.add(bean.group(1));
            }
        }
        for (String bean : beans) {
            String className = "io.cureflow.journey.internal."
                    + Character.toUpperCase(bean.charAt(0)) + bean.substring(1) + "Delegate";
            assertThat(Class.forName(className).getAnnotation(Component.class).value()).isEqualTo(bean);
        }
        for (JsonNode form : forms().values()) {
            for (JsonNode component : form.path("components")) {
                assertThat(component.path("key").asText()).isNotIn(beans);
            }
        }
        assertThat(constantValues(DelinquencyJourney.class, "VAR_")).doesNotContainAnyElementsOf(beans);
        assertThat(constantValues(OutreachAttempt.class, "VAR_")).doesNotContainAnyElementsOf(beans);
        assertThat(constantValues(ValidationNotice.class, "VAR_")).doesNotContainAnyElementsOf(beans);
    }

    @Test
    void constantsNameElementsThatExistInTheModels() throws IOException {
        assertElementsExist(Bpmn.readModelFromFile(MODELS.resolve("delinquency-journey.bpmn").toFile()),
                DelinquencyJourney.class);
        assertElementsExist(Bpmn.readModelFromFile(MODELS.resolve("outreach-attempt.bpmn").toFile()),
                OutreachAttempt.class);
        assertElementsExist(Bpmn.readModelFromFile(MODELS.resolve("validation-notice.bpmn").toFile()),
                ValidationNotice.class);
    }

    private static void assertElementsExist(BpmnModelInstance model, Class<?> constants) {
        List<String> prefixes = List.of("START_", "END_", "TASK_", "GATEWAY_", "EVENT_", "CALL_", "SUB_PROCESS_",
                "MESSAGE_");
        for (Field field : constants.getFields()) {
            if (prefixes.stream().anyMatch(field.getName()::startsWith)) {
                String id = constant(field);
                assertThat((Object) model.getModelElementById(id)).as(field.getName()).isNotNull();
            }
        }
        assertThat(model.getDefinitions().getChildElementsByType(Process.class))
                .extracting(Process::getId).contains(constant(field(constants, "PROCESS_KEY")));
    }

    private static List<String> constantValues(Class<?> constants, String prefix) {
        return Stream.of(constants.getFields())
                .filter(field -> field.getName().startsWith(prefix) && Modifier.isStatic(field.getModifiers()))
                .map(ProcessModelConventionsTests::constant)
                .toList();
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String constant(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, JsonNode> forms() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> forms = new HashMap<>();
        for (Path form : files(FORMS, ".form")) {
            JsonNode schema = json.readTree(form.toFile());
            String id = schema.path("id").asText();
            assertThat(forms.put(id, schema)).as("form id " + id + " is unique").isNull();
        }
        assertThat(forms).isNotEmpty();
        return forms;
    }

    private static List<Path> files(Path folder, String... suffixes) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = files
                    .filter(file -> Stream.of(suffixes).anyMatch(file.getFileName().toString()::endsWith))
                    .sorted()
                    .toList();
            assertThat(found).as("files in " + folder).isNotEmpty();
            return found;
        }
    }
}
