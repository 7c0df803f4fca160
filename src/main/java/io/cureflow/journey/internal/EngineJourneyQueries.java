package io.cureflow.journey.internal;

import io.cureflow.journey.JourneyQueries;
import io.cureflow.journey.JourneyStatus;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static io.cureflow.journey.DelinquencyJourney.PROCESS_KEY;

/**
 * Reads where a case's journey stands from the engine: the steps it waits in, descending into the outreach attempt it
 * called, its timers and its open user tasks, all with the names the designers gave them.
 */
@Component
public class EngineJourneyQueries implements JourneyQueries {

    private final RuntimeService runtime;
    private final ManagementService management;
    private final RepositoryService repository;
    private final TaskService tasks;

    public EngineJourneyQueries(RuntimeService runtime, ManagementService management, RepositoryService repository,
                                TaskService tasks) {
        this.runtime = runtime;
        this.management = management;
        this.repository = repository;
        this.tasks = tasks;
    }

    @Override
    public JourneyStatus statusOf(long caseId) {
        ProcessInstance journey = runtime.createProcessInstanceQuery()
                .processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(String.valueOf(caseId))
                .listPage(0, 1).stream().findFirst().orElse(null);
        if (journey == null) {
            return new JourneyStatus(caseId, false, List.of(), List.of(), List.of());
        }
        List<String> instanceIds = new ArrayList<>();
        List<String> waitingIn = new ArrayList<>();
        collectWaits(journey.getId(), instanceIds, waitingIn);
        List<String> openTasks = tasks.createTaskQuery()
                .processInstanceIdIn(instanceIds.toArray(String[]::new))
                .orderByTaskCreateTime().asc()
                .list().stream().map(Task::getName).toList();
        return new JourneyStatus(caseId, true, waitingIn, timersOf(instanceIds), openTasks);
    }

    private void collectWaits(String processInstanceId, List<String> instanceIds, List<String> waitingIn) {
        ActivityInstance tree = runtime.getActivityInstance(processInstanceId);
        if (tree == null) {
            return;
        }
        instanceIds.add(processInstanceId);
        List<ActivityInstance> leaves = new ArrayList<>();
        collectLeaves(tree, leaves, waitingIn);
        for (ActivityInstance leaf : leaves) {
            if ("callActivity".equals(leaf.getActivityType())) {
                runtime.createProcessInstanceQuery().superProcessInstanceId(processInstanceId).list()
                        .forEach(called -> collectWaits(called.getId(), instanceIds, waitingIn));
            } else {
                waitingIn.add(leaf.getActivityName());
            }
        }
    }

    private static void collectLeaves(ActivityInstance instance, List<ActivityInstance> leaves, List<String> waitingIn) {
        for (TransitionInstance transition : instance.getChildTransitionInstances()) {
            waitingIn.add(transition.getActivityName());
        }
        if (instance.getChildActivityInstances().length == 0 && instance.getParentActivityInstanceId() != null) {
            leaves.add(instance);
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            collectLeaves(child, leaves, waitingIn);
        }
    }

    private List<JourneyStatus.Timer> timersOf(List<String> instanceIds) {
        List<JourneyStatus.Timer> timers = new ArrayList<>();
        for (String instanceId : instanceIds) {
            for (Job job : management.createJobQuery().processInstanceId(instanceId).timers().list()) {
                timers.add(new JourneyStatus.Timer(activityName(job), job.getDuedate().toInstant()));
            }
        }
        timers.sort(Comparator.comparing(JourneyStatus.Timer::dueAt));
        return timers;
    }

    private String activityName(Job job) {
        JobDefinition definition = management.createJobDefinitionQuery()
                .jobDefinitionId(job.getJobDefinitionId())
                .singleResult();
        if (definition == null) {
            return null;
        }
        ModelElementInstance element = repository.getBpmnModelInstance(job.getProcessDefinitionId())
                .getModelElementById(definition.getActivityId());
        return element instanceof FlowElement flowElement ? flowElement.getName() : definition.getActivityId();
    }
}
