package io.cureflow.compliance.internal.stops;

import io.cureflow.account.CaseContact;
import io.cureflow.compliance.ContactRestriction;
import io.cureflow.compliance.internal.ContactContext;
import io.cureflow.compliance.internal.PrefetchedRead;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Instant;
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
    private static final String ACTIVE_OF_BORROWER = RestrictionRows.COLUMNS
            + " where borrower_id = ? and lifted_at is null order by recorded_at, id";

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
        return List.of(new PrefetchedRead(ACTIVE_OF_BORROWER, List.of(borrowerId),
                rows -> memo.put(borrowerId, RestrictionRows.all(rows))));
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
