package io.cureflow.compliance.internal.validation;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.InitialCommunicationRecorded;
import io.cureflow.compliance.NoticeMedium;
import io.cureflow.compliance.ValidationNoticeStatus;
import io.cureflow.compliance.ValidationNotices;
import io.cureflow.compliance.ValidationPeriod;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

@Service
class ValidationNoticeService implements ValidationNotices {

    private final ValidationNoticeRepository notices;
    private final ValidationCalendar calendar;
    private final ApplicationEventPublisher events;

    ValidationNoticeService(ValidationNoticeRepository notices, ValidationCalendar calendar,
                            ApplicationEventPublisher events) {
        this.notices = notices;
        this.calendar = calendar;
        this.events = events;
    }

    @Override
    @Transactional
    public Optional<ValidationNoticeStatus> recordInitialCommunication(long caseId, Channel channel, Instant at) {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(at, "at");
        Optional<ValidationNoticeEntity> known = notices.findByCaseId(caseId);
        if (known.isPresent()) {
            return known.map(ValidationNoticeEntity::toStatus);
        }
        if (channel == Channel.VOICEMAIL) {
            return Optional.empty();
        }
        LocalDate dueOn = calendar.noticeDueOn(at);
        ValidationNoticeEntity notice = notices.save(
                new ValidationNoticeEntity(caseId, at, channel, dueOn, calendar.endOf(dueOn)));
        ValidationNoticeStatus status = notice.toStatus();
        events.publishEvent(new InitialCommunicationRecorded(caseId, at, status.noticeDueAt()));
        return Optional.of(status);
    }

    @Override
    @Transactional
    public ValidationNoticeStatus recordNoticeSent(long caseId, NoticeMedium medium, Instant sentAt) {
        Objects.requireNonNull(medium, "medium");
        Objects.requireNonNull(sentAt, "sentAt");
        // a notice sent in the initial communication itself (§1006.34(a)(1)(i)(A)) starts the record too
        ValidationNoticeEntity notice = notices.findByCaseId(caseId).orElseGet(() -> {
            LocalDate dueOn = calendar.noticeDueOn(sentAt);
            return notices.save(new ValidationNoticeEntity(caseId, sentAt, channelOf(medium), dueOn,
                    calendar.endOf(dueOn)));
        });
        notice.noticeSent(medium, sentAt, calendar.periodIfSentAt(sentAt));
        return notice.toStatus();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ValidationNoticeStatus> statusOf(long caseId) {
        return notices.findByCaseId(caseId).map(ValidationNoticeEntity::toStatus);
    }

    @Override
    public ValidationPeriod periodIfSentAt(Instant sentAt) {
        return calendar.periodIfSentAt(Objects.requireNonNull(sentAt, "sentAt"));
    }

    private static Channel channelOf(NoticeMedium medium) {
        return medium == NoticeMedium.EMAIL ? Channel.EMAIL : null;
    }
}
