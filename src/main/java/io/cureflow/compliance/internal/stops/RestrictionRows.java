package io.cureflow.compliance.internal.stops;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactRestriction;
import io.cureflow.compliance.RestrictionKind;
import io.cureflow.compliance.RestrictionSource;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import static io.cureflow.compliance.internal.SqlInstants.instant;

/** Restrictions read with plain SQL, for the evaluation's prefetch: the same values {@link RestrictionEntity} holds. */
final class RestrictionRows {

    static final String COLUMNS = "select id, kind, borrower_id, account_id, channel, contact_point, local_from,"
            + " local_until, days_of_week, active_until, source, recorded_by, recorded_at, note, lifted_at, lifted_by,"
            + " lift_reason from contact_restriction";

    private RestrictionRows() {
    }

    static List<ContactRestriction> all(ResultSet rows) throws SQLException {
        List<ContactRestriction> found = new ArrayList<>();
        while (rows.next()) {
            found.add(restriction(rows));
        }
        return List.copyOf(found);
    }

    private static ContactRestriction restriction(ResultSet rows) throws SQLException {
        String channel = rows.getString("channel");
        return new ContactRestriction(rows.getLong("id"), RestrictionKind.valueOf(rows.getString("kind")),
                rows.getLong("borrower_id"), rows.getObject("account_id", Long.class),
                channel == null ? null : Channel.valueOf(channel), rows.getString("contact_point"),
                rows.getObject("local_from", LocalTime.class), rows.getObject("local_until", LocalTime.class),
                RestrictionEntity.days(rows.getString("days_of_week")), instant(rows, "active_until"),
                RestrictionSource.valueOf(rows.getString("source")), rows.getString("recorded_by"),
                instant(rows, "recorded_at"), rows.getString("note"), instant(rows, "lifted_at"),
                rows.getString("lifted_by"), rows.getString("lift_reason"));
    }
}
