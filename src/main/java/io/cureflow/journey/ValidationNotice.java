package io.cureflow.journey;

/** Names shared by {@code bpmn/validation-notice.bpmn}, its delegates and the tests. Business key: the case id. */
public final class ValidationNotice {

    public static final String PROCESS_KEY = "validationNoticeProcess";
    public static final String RESOURCE = "bpmn/validation-notice.bpmn";

    public static final String START_INITIAL_COMMUNICATION_MADE = "StartEvent_InitialCommunicationMade";
    public static final String TASK_SEND_VALIDATION_NOTICE = "Task_SendValidationNotice";
    public static final String GATEWAY_NOTICE_EMAILED = "Gateway_NoticeEmailed";
    public static final String END_VALIDATION_NOTICE_EMAILED = "EndEvent_ValidationNoticeEmailed";
    public static final String TASK_MAIL_VALIDATION_NOTICE = "Task_MailValidationNotice";
    public static final String EVENT_NOTICE_DEADLINE_NEAR = "Event_NoticeDeadlineNear";
    public static final String TASK_ESCALATE_NOTICE_DEADLINE = "Task_EscalateNoticeDeadline";
    public static final String END_DEADLINE_ESCALATED = "EndEvent_DeadlineEscalated";
    public static final String TASK_RECORD_MAILED_NOTICE = "Task_RecordMailedNotice";
    public static final String END_VALIDATION_NOTICE_MAILED = "EndEvent_ValidationNoticeMailed";

    public static final String FORM_MAIL_VALIDATION_NOTICE = "mailValidationNoticeForm";
    public static final String GROUP_MAILING = "agents";
    /** Offered the mail task too once its deadline is near. */
    public static final String GROUP_ESCALATION = "managers";
    public static final int ESCALATED_PRIORITY = 100;

    public static final String VAR_CASE_ID = "caseId";
    /** ISO-8601 instant: the end of the last day the notice may go out; the mail task's due date. */
    public static final String VAR_NOTICE_DUE_AT = "noticeDueAt";
    /** ISO-8601 instant: when the mail task is escalated if still open. */
    public static final String VAR_NOTICE_WARN_AT = "noticeWarnAt";
    public static final String VAR_VALIDATION_NOTICE_SENT = "validationNoticeSent";
    /** ISO date the validation period of the sent notice ends on. */
    public static final String VAR_VALIDATION_PERIOD_ENDS_ON = "validationPeriodEndsOn";
    /** The form's confirmation that the printed notice was mailed. */
    public static final String VAR_VALIDATION_NOTICE_MAILED = "validationNoticeMailed";
    public static final String VAR_REVIEW_NOTE = "reviewNote";

    private ValidationNotice() {
    }
}
