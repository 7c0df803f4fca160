package io.cureflow.compliance.internal.stops;

import io.cureflow.account.CaseContact;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactRestriction;
import io.cureflow.compliance.RestrictionKind;
import io.cureflow.compliance.RestrictionSource;
import io.cureflow.compliance.internal.ContactContext;
import io.cureflow.compliance.internal.PrefetchedRead;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The restrictions in force for a contact, read from the store. Several rules ask for them, once per instant the
 * evaluator tries, so the rows are read once per transaction (one gate evaluation) and never kept beyond it: a
 * restriction recorded a moment ago always counts.
 */
@Component
class ActiveRestrictions implements PrefetchedRead.Source {

    private static final Object MEMO_KEY = new Object();
    /** The rows {@link RestrictionRepository#findActiveOfBorrower} reads, for the evaluation's prefetch. */
    private static final String ACTIVE_OF_BORROWER = """
            select id, kind, borrower_id, account_id, channel, contact_point, local_from, local_until, days_of_week,
                   active_until, source, recorded_by, recorded_at, note, lifted_at, lifted_by, lift_reason
              from contact_restriction
             where borrower_id = ? and lifted_at is null
             order by recorded_at, id""";

    private final RestrictionRepository repository;

    ActiveRestrictions(RestrictionRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<PrefetchedRead> reads(ContactContext context) {
        long borrowerId = context.contact().borrowerId();
        Map<Long, List<ContactRestriction>> memo = memo();
        if (memo == null || memo.containsKey(borrowerId)) {
            return List.of();
        }
        return List.of(new PrefetchedRead(ACTIVE_OF_BORROWER, List.of(borrowerId), rows -> {
            List<ContactRestriction> found = new ArrayList<>();
            while (rows.next()) {
                found.add(restriction(rows));
            }
            memo.put(borrowerId, List.copyOf(found));
        }));
    }

    private static ContactRestriction restriction(ResultSet rows) throws SQLException {
        return new ContactRestriction(rows.getLong("id"), RestrictionKind.valueOf(rows.getString("kind")),
                rows.getLong("borrower_id"), rows.getObject("account_id", Long.class),
                enumOrNull(Channel.class, rows.getString("channel")), rows.getString("contact_point"),
                rows.getObject("local_from", LocalTime.class), rows.getObject("local_until", LocalTime.class),
                RestrictionEntity.days(rows.getString("days_of_week")), instant(rows, "active_until"),
                RestrictionSource.valueOf(rows.getString("source")), rows.getString("recorded_by"),
                instant(rows, "recorded_at"), rows.getString("note"), instant(rows, "lifted_at"),
                rows.getString("lifted_by"), rows.getString("lift_reason"));
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** Restrictions of the borrower not lifted nor expired at {@code at} that cover the contact's debt. */
    List<ContactRestriction> covering(CaseContact contact, Instant at) {
        return ofBorrower(contact.borrowerId()).stream()
                .filter(restriction -> restriction.activeAt(at))
                .filter(restriction -> restriction.accountId() == null
                        || restriction.accountId() == contact.accountId())
                .toList();
    }

    List<ContactRestriction> ofBorrower(long borrowerId) {
        Map<Long, List<ContactRestriction>> memo = memo();
        if (memo == null) {
            return read(borrowerId);
        }
        return memo.computeIfAbsent(borrowerId, this::read);
    }

    /** After a write in the same transaction, the next read goes to the store again. */
    void forget(long borrowerId) {
        Map<Long, List<ContactRestriction>> memo = memo();
        if (memo != null) {
            memo.remove(borrowerId);
        }
    }

    private List<ContactRestriction> read(long borrowerId) {
        return repository.findActiveOfBorrower(borrowerId).stream().map(RestrictionEntity::view).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<Long, List<ContactRestriction>> memo() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Object bound = TransactionSynchronizationManager.getResource(MEMO_KEY);
        if (bound != null) {
            return (Map<Long, List<ContactRestriction>>) bound;
        }
        Map<Long, List<ContactRestriction>> memo = new HashMap<>();
        TransactionSynchronizationManager.bindResource(MEMO_KEY, memo);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(MEMO_KEY);
            }
        });
        return memo;
    }
}
