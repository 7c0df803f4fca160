package io.cureflow.compliance.internal.web;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactRestriction;
import io.cureflow.compliance.RestrictionKind;
import io.cureflow.compliance.RestrictionSource;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

record RestrictionResponse(long id, RestrictionKind kind, boolean stop, long borrowerId, Long accountId,
                           Channel channel, String contactPoint, LocalTime from, LocalTime until,
                           List<DayOfWeek> daysOfWeek, Instant activeUntil, RestrictionSource source,
                           String recordedBy, Instant recordedAt, String note, boolean active, Instant liftedAt,
                           String liftedBy, String liftReason) {

    static RestrictionResponse of(ContactRestriction restriction, Instant now) {
        return new RestrictionResponse(restriction.id(), restriction.kind(), restriction.kind().stop(),
                restriction.borrowerId(), restriction.accountId(), restriction.channel(), restriction.contactPoint(),
                restriction.from(), restriction.until(), restriction.daysOfWeek().stream().sorted().toList(),
                restriction.activeUntil(), restriction.source(), restriction.recordedBy(), restriction.recordedAt(),
                restriction.note(), restriction.activeAt(now), restriction.liftedAt(), restriction.liftedBy(),
                restriction.liftReason());
    }

    @Override
    public String toString() {
        return "RestrictionResponse[id=" + id + ", kind=" + kind + "]";
    }
}
