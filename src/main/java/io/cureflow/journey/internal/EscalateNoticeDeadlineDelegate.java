package io.cureflow.journey.internal;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static io.cureflow.journey.ValidationNotice.ESCALATED_PRIORITY;
import static io.cureflow.journey.ValidationNotice.GROUP_ESCALATION;
import static io.cureflow.journey.ValidationNotice.TASK_MAIL_VALIDATION_NOTICE;

/** "Escalate notice deadline": the notice is still not mailed close to its deadline; managers see the task too. */
@Component("escalateNoticeDeadline")
public class EscalateNoticeDeadlineDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        tasks.createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(TASK_MAIL_VALIDATION_NOTICE)
                .list()
                .forEach(task -> {
                    tasks.setPriority(task.getId(), ESCALATED_PRIORITY);
                    tasks.addCandidateGroup(task.getId(), GROUP_ESCALATION);
                });
    }
}
