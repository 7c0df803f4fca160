package io.cureflow.benchmark;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The journey's shape with no-op steps: the yardstick CureFlow's journeys are measured against. Same number of
 * service tasks, the same treatment DMN, the same call activity and external task, the same wait at the end.
 */
final class RawEngineModels {

    static final String JOURNEY = "rawJourneyProcess";
    static final String ATTEMPT = "rawAttemptProcess";
    static final String TOPIC = "raw-outreach-dispatch";
    static final String WAIT_ACTIVITY = "Event_RawWaitForNextReminder";

    private RawEngineModels() {
    }

    static BpmnModelInstance journey(String decisionKey) {
        return Bpmn.createExecutableProcess(JOURNEY)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("Task_RawAssess").camundaDelegateExpression("${rawNoOp}")
                .businessRuleTask("Task_RawStrategy").camundaDecisionRef(decisionKey)
                    .camundaMapDecisionResult("singleResult").camundaResultVariable("strategy")
                .subProcess("SubProcess_RawOutreach").embeddedSubProcess()
                    .startEvent()
                    .serviceTask("Task_RawPick").camundaDelegateExpression("${rawNoOp}")
                    .callActivity("Call_RawAttempt").calledElement(ATTEMPT)
                        .camundaIn("caseId", "caseId")
                    .intermediateCatchEvent(WAIT_ACTIVITY).timerWithDuration("P7D")
                    .endEvent()
                .subProcessDone()
                .endEvent()
                .done();
    }

    static BpmnModelInstance attempt() {
        return Bpmn.createExecutableProcess(ATTEMPT)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("Task_RawCheck").camundaDelegateExpression("${rawNoOp}")
                .exclusiveGateway("Gateway_RawAllowed")
                    .condition("allowed", "${true}")
                .serviceTask("Task_RawCompose").camundaDelegateExpression("${rawNoOp}")
                .serviceTask("Task_RawSend").camundaExternalTask(TOPIC)
                .serviceTask("Task_RawRecord").camundaDelegateExpression("${rawNoOp}")
                .endEvent()
                .moveToNode("Gateway_RawAllowed")
                    .condition("blocked", "${false}")
                .endEvent()
                .done();
    }
}
