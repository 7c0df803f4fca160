package io.cureflow.compliance.internal.validation;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.NoticeMedium;
import io.cureflow.compliance.ValidationNoticeStatus;
import io.cureflow.compliance.ValidationPeriod;
import io.cureflow.compliance.internal.ContactContext;
import io.cureflow.compliance.internal.EvaluationMemo;
import io.cureflow.compliance.internal.PrefetchedRead;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static io.cureflow.compliance.internal.SqlInstants.instant;

/**
 * A case's validation-notice status for RF-30, read once per evaluation: the evaluator asks again at later instants
 * when a contact is blocked, and the status does not change meanwhile.
 */
@Component
class NoticeStatusReader implements PrefetchedRead.Source {

    private static final String OF_CASE = """
            select case_id, initial_communication_at, initial_channel, notice_due_on, notice_due_at, notice_sent_at,
                   notice_sent_on, notice_medium, assumed_receipt_on, validation_period_ends_on
              from validation_notice
             where case_id = ?""";

    private final ValidationNoticeRepository notices;

    NoticeStatusReader(ValidationNoticeRepository notices) {
        this.notices = notices;
    }

    Optional<ValidationNoticeStatus> of(long caseId) {
        return EvaluationMemo.remember(new NoticeRead(caseId),
                () -> notices.findByCaseId(caseId).map(ValidationNoticeEntity::toStatus));
    }

    @Override
    public List<PrefetchedRead> reads(ContactContext context) {
        long caseId = context.proposal().caseId();
        return List.of(new PrefetchedRead(OF_CASE, List.of(caseId), rows -> EvaluationMemo.keep(new NoticeRead(caseId),
                rows.next() ? Optional.of(status(rows)) : Optional.empty())));
    }

    private static ValidationNoticeStatus status(ResultSet rows) throws SQLException {
        Instant sentAt = instant(rows, "notice_sent_at");
        ValidationPeriod period = sentAt == null ? null : new ValidationPeriod(
                rows.getObject("notice_sent_on", LocalDate.class),
                rows.getObject("assumed_receipt_on", LocalDate.class),
                rows.getObject("validation_period_ends_on", LocalDate.class));
        String channel = rows.getString("initial_channel");
        String medium = rows.getString("notice_medium");
        return new ValidationNoticeStatus(rows.getLong("case_id"), instant(rows, "initial_communication_at"),
                channel == null ? null : Channel.valueOf(channel), rows.getObject("notice_due_on", LocalDate.class),
                instant(rows, "notice_due_at"), sentAt, medium == null ? null : NoticeMedium.valueOf(medium), period);
    }

    private record NoticeRead(long caseId) {
    }
}
