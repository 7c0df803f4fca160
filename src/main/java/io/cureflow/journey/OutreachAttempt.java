package io.cureflow.journey;

/** Names shared by {@code bpmn/outreach-attempt.bpmn}, its delegates, the outreach worker and the tests. */
public final class OutreachAttempt {

    public static final String PROCESS_KEY = "outreachAttemptProcess";
    public static final String RESOURCE = "bpmn/outreach-attempt.bpmn";

    /** External task topic of "Send message"; handled in-process by default, by separate workers when scaled out. */
    public static final String TOPIC_OUTREACH_DISPATCH = "outreach-dispatch";

    public static final String START_OUTREACH_STEP_DUE = "StartEvent_OutreachStepDue";
    public static final String GATEWAY_CHECK_AGAIN = "Gateway_CheckAgain";
    public static final String TASK_CHECK_CONTACT_COMPLIANCE = "Task_CheckContactCompliance";
    public static final String GATEWAY_CONTACT_ALLOWED = "Gateway_ContactAllowed";
    public static final String TASK_COMPOSE_MESSAGE = "Task_ComposeMessage";
    public static final String GATEWAY_CONTACT_POINT_FOUND = "Gateway_ContactPointFound";
    public static final String TASK_SEND_MESSAGE = "Task_SendMessage";
    public static final String TASK_RECORD_CONTACT_ATTEMPT = "Task_RecordContactAttempt";
    public static final String END_ATTEMPT_MADE = "EndEvent_AttemptMade";
    public static final String TASK_RECORD_MISSING_CONTACT_POINT = "Task_RecordMissingContactPoint";
    public static final String END_NO_WAY_TO_REACH_BORROWER = "EndEvent_NoWayToReachBorrower";
    public static final String TASK_RECORD_BLOCKED_ATTEMPT = "Task_RecordBlockedAttempt";
    public static final String GATEWAY_PERMITTED_LATER = "Gateway_PermittedLater";
    public static final String EVENT_WAIT_UNTIL_CONTACT_PERMITTED = "Event_WaitUntilContactPermitted";
    public static final String GATEWAY_STOPS_AUTOMATION = "Gateway_StopsAutomation";
    public static final String END_CHANNEL_NOT_PERMITTED = "EndEvent_ChannelNotPermitted";
    public static final String END_AUTOMATED_CONTACT_STOPPED = "EndEvent_AutomatedContactStopped";

    public static final String VAR_CASE_ID = "caseId";
    public static final String VAR_CHANNEL = "channel";
    public static final String VAR_STEP = "step";
    public static final String VAR_TONE = "tone";
    public static final String VAR_CONTACT_ALLOWED = "contactAllowed";
    public static final String VAR_NEXT_ALLOWED_AT = "nextAllowedAt";
    public static final String VAR_DECISION_ID = "decisionId";
    /** True when the gate's permanent block closes every automated channel of the case, not only this one. */
    public static final String VAR_STOPS_AUTOMATION = "stopsAutomation";
    /** The blocking rules' ids and messages when automation stops; the journey puts it on the case. */
    public static final String VAR_STOP_REASON = "stopReason";
    /** Id of the contact point the gate judged; the number or address itself never becomes a variable. */
    public static final String VAR_CONTACT_POINT_ID = "contactPointId";
    public static final String VAR_MESSAGE_ID = "messageId";
    public static final String VAR_ATTEMPT_RESULT = "attemptResult";

    public static final String RESULT_SENT = "SENT";
    public static final String RESULT_BLOCKED = "BLOCKED";
    public static final String RESULT_NO_CONTACT_POINT = "NO_CONTACT_POINT";
    /** A stop closes every automated contact of the case; ledger row says BLOCKED, the journey hands the case over. */
    public static final String RESULT_AUTOMATION_STOPPED = "AUTOMATION_STOPPED";
    /** The content guardrail refused the composed message: nothing was sent. */
    public static final String RESULT_CONTENT_BLOCKED = "CONTENT_BLOCKED";
    /** The gateway refused the message and the retries did not get it out. */
    public static final String RESULT_FAILED = "FAILED";

    private OutreachAttempt() {
    }
}
