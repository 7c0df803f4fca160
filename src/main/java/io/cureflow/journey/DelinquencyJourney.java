package io.cureflow.journey;

/**
 * Names shared by {@code bpmn/delinquency-journey.bpmn}, the journey's delegates and listeners, and the tests. The
 * business key of every instance is the case id.
 */
public final class DelinquencyJourney {

    public static final String PROCESS_KEY = "delinquencyJourneyProcess";
    public static final String RESOURCE = "bpmn/delinquency-journey.bpmn";

    public static final String START_CASE_OPENED = "StartEvent_CaseOpened";
    public static final String GATEWAY_REASSESS = "Gateway_Reassess";
    public static final String TASK_ASSESS_DELINQUENCY = "Task_AssessDelinquency";
    public static final String GATEWAY_ACCOUNT_STANDING = "Gateway_AccountStanding";
    public static final String TASK_CLOSE_CASE_AS_CURED = "Task_CloseCaseAsCured";
    public static final String END_CASE_CURED = "EndEvent_CaseCured";
    public static final String TASK_REVIEW_FOR_CHARGE_OFF = "Task_ReviewForChargeOff";
    public static final String TASK_CLOSE_CASE_FOR_CHARGE_OFF = "Task_CloseCaseForChargeOff";
    public static final String END_CLOSED_FOR_CHARGE_OFF = "EndEvent_ClosedForChargeOff";
    public static final String TASK_CHOOSE_TREATMENT_STRATEGY = "Task_ChooseTreatmentStrategy";
    public static final String SUB_PROCESS_AUTOMATED_OUTREACH = "SubProcess_AutomatedOutreach";
    public static final String GATEWAY_PROMISE_PENDING = "Gateway_PromisePending";
    public static final String EVENT_PAUSE_REMINDERS_UNTIL_PROMISED_DATE = "Event_PauseRemindersUntilPromisedDate";
    public static final String GATEWAY_REMINDERS_RESUME = "Gateway_RemindersResume";
    public static final String TASK_PICK_NEXT_OUTREACH_STEP = "Task_PickNextOutreachStep";
    public static final String CALL_REACH_OUT_TO_BORROWER = "CallActivity_ReachOutToBorrower";
    public static final String GATEWAY_ATTEMPT_STOPPED_AUTOMATION = "Gateway_AttemptStoppedAutomation";
    public static final String END_CONTACT_STOP_FOUND = "EndEvent_ContactStopFound";
    public static final String GATEWAY_FIRST_COMMUNICATION = "Gateway_FirstCommunication";
    public static final String TASK_TRACK_VALIDATION_NOTICE = "Task_TrackValidationNotice";
    public static final String GATEWAY_NOTICE_TRACKED = "Gateway_NoticeTracked";
    public static final String EVENT_WAIT_FOR_NEXT_REMINDER = "Event_WaitForNextReminder";
    public static final String END_REMINDER_DUE = "EndEvent_ReminderDue";
    public static final String EVENT_NEXT_STAGE_REACHED = "Event_NextStageReached";
    public static final String EVENT_PAYMENT_POSTED = "Event_PaymentPosted";
    public static final String EVENT_DELINQUENCY_CHANGED = "Event_DelinquencyChanged";
    public static final String EVENT_REPLY_NEEDS_AGENT = "Event_ReplyNeedsAgent";
    public static final String EVENT_PROMISE_TO_PAY_RECEIVED = "Event_PromiseToPayReceived";
    public static final String EVENT_CONTACT_STOP_FOUND = "Event_ContactStopFound";
    public static final String EVENT_AUTOMATED_CONTACT_STOPPED = "Event_AutomatedContactStopped";
    public static final String GATEWAY_CONTACT_STOPPED = "Gateway_ContactStopped";
    public static final String TASK_HAND_CASE_TO_AGENT_FOR_STOP = "Task_HandCaseToAgentForStop";
    public static final String TASK_REVIEW_CONTACT_STOP = "Task_ReviewContactStop";
    public static final String GATEWAY_REVIEW_DONE = "Gateway_ReviewDone";
    public static final String TASK_HAND_CASE_TO_AGENT = "Task_HandCaseToAgent";
    public static final String TASK_REVIEW_BORROWER_REPLY = "Task_ReviewBorrowerReply";
    public static final String GATEWAY_RESUME_AUTOMATION = "Gateway_ResumeAutomation";
    public static final String TASK_RESUME_AUTOMATION = "Task_ResumeAutomation";
    public static final String END_STAYS_WITH_AGENT = "EndEvent_StaysWithAgent";

    public static final String MESSAGE_PAYMENT_POSTED = "Message_PaymentPosted";
    public static final String MESSAGE_DELINQUENCY_CHANGED = "Message_DelinquencyChanged";
    /** A classified reply that a person must read; carries the classification for the review form. */
    public static final String MESSAGE_REPLY_NEEDS_AGENT = "Message_ReplyNeedsAgent";
    /** A classified reply that promised to pay on a date; carries {@link #VAR_REMINDERS_PAUSED_UNTIL}. */
    public static final String MESSAGE_PROMISE_TO_PAY_RECEIVED = "Message_PromiseToPayReceived";
    public static final String MESSAGE_AUTOMATED_CONTACT_STOPPED = "Message_AutomatedContactStopped";
    /** Thrown inside "Automated outreach" when the gate's block stops all automated contact of the case. */
    public static final String ERROR_AUTOMATED_CONTACT_STOPPED = "AUTOMATED_CONTACT_STOPPED";

    public static final String DECISION_TREATMENT_STRATEGY = "treatmentStrategyDecision";
    public static final String DECISION_RESOURCE = "bpmn/treatment-strategy.dmn";

    public static final String GROUP_AGENTS = "agents";
    public static final String GROUP_MANAGERS = "managers";
    public static final String FORM_REVIEW_REPLY = "reviewReplyForm";
    public static final String FORM_CHARGE_OFF_REVIEW = "chargeOffReviewForm";
    public static final String FORM_REVIEW_CONTACT_STOP = "reviewContactStopForm";

    public static final String VAR_CASE_ID = "caseId";
    public static final String VAR_ACCOUNT_ID = "accountId";
    public static final String VAR_PRODUCT = "product";
    public static final String VAR_BALANCE = "balance";
    public static final String VAR_DAYS_PAST_DUE = "daysPastDue";
    public static final String VAR_STAGE = "stage";
    public static final String VAR_ACCOUNT_CURRENT = "accountCurrent";
    public static final String VAR_NEXT_STAGE_AT = "nextStageAt";
    public static final String VAR_SEGMENT = "segment";
    public static final String VAR_TONE = "tone";
    public static final String VAR_CADENCE_DAYS = "cadenceDays";
    public static final String VAR_CHANNEL_ORDER = "channelOrder";
    public static final String VAR_STEP = "step";
    public static final String VAR_CHANNEL = "channel";
    public static final String VAR_NEXT_OUTREACH_AT = "nextOutreachAt";
    public static final String VAR_ATTEMPT_RESULT = "attemptResult";
    public static final String VAR_REPLY_MESSAGE_ID = "replyMessageId";
    /** The classification of the reply an agent reviews, shown in the review form: codes as wire names. */
    public static final String VAR_REPLY_INTENT = "replyIntent";
    public static final String VAR_REPLY_HARDSHIP_CATEGORY = "replyHardshipCategory";
    /** The classifier's confidence as text with two decimals, for display. */
    public static final String VAR_REPLY_CONFIDENCE = "replyConfidence";
    /** True when the classifier was unsure and a person must read the reply. */
    public static final String VAR_REPLY_NEEDS_REVIEW = "replyNeedsReview";
    /** The promised date (ISO yyyy-mm-dd) of a promise to pay, when one was read. */
    public static final String VAR_PROMISED_DATE = "promisedDate";
    /** The promised amount as plain text, when one was read. */
    public static final String VAR_PROMISED_AMOUNT = "promisedAmount";
    /** ISO instant: reminders wait until then for a promise to be kept; removed when the wait ends or a payment comes. */
    public static final String VAR_REMINDERS_PAUSED_UNTIL = "remindersPausedUntil";
    /** Why automated contact stopped: the blocking rules' ids and messages, or the stop's rule id; put on the case. */
    public static final String VAR_STOP_REASON = "stopReason";
    /** The rule of a stop recorded outside the journey ({@code AutomatedContactStopped}). */
    public static final String VAR_STOP_RULE_ID = "stopRuleId";
    /** True once compliance knows the case's initial communication and the validation notice is tracked. */
    public static final String VAR_VALIDATION_NOTICE_TRACKED = "validationNoticeTracked";
    /** Set by the agent in the review form; not "resumeAutomation", which is the bean of "Resume automation". */
    public static final String VAR_RESUME_AUTOMATED_OUTREACH = "resumeAutomatedOutreach";
    public static final String VAR_REVIEW_NOTE = "reviewNote";
    public static final String VAR_CHARGE_OFF_RECOMMENDATION = "chargeOffRecommendation";
    /** Input parameter of the close-case tasks: the {@link io.cureflow.account.CaseOutcome} name. */
    public static final String VAR_CASE_OUTCOME = "caseOutcome";
    /** Input parameter of "Hand case to an agent": a reason code, translated by the journey bundle. */
    public static final String VAR_HANDOVER_REASON = "handoverReason";

    private DelinquencyJourney() {
    }
}
