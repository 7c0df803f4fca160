package io.cureflow.account.internal;

import io.cureflow.account.CaseStatus;
import io.cureflow.account.DelinquencyStage;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CollectionCaseRepository extends JpaRepository<CollectionCase, Long> {

    @Query("select c from CollectionCase c where c.account.id in :accountIds and c.status <> io.cureflow.account.CaseStatus.CLOSED")
    List<CollectionCase> findOpenByAccountIdIn(Collection<Long> accountIds);

    default Optional<CollectionCase> findOpenByAccountId(long accountId) {
        return findOpenByAccountIdIn(List.of(accountId)).stream().findFirst();
    }

    @Query("""
            select c from CollectionCase c join fetch c.account a join fetch a.borrower b
            where b.id = :borrowerId and c.status <> io.cureflow.account.CaseStatus.CLOSED
            order by c.id""")
    List<CollectionCase> findOpenByBorrowerId(long borrowerId);

    @Query("select c from CollectionCase c join fetch c.account a join fetch a.borrower b left join fetch b.contactPoints"
            + " where c.id = :caseId")
    Optional<CollectionCase> findWithAccount(long caseId);

    /** The case's contact as plain values, one row per contact point; pending changes are flushed first. */
    @Query("""
            select new io.cureflow.account.internal.CaseContactRow(c.id, a.id, a.externalId, b.id, b.firstName,
                   b.lastName, b.language, b.state, b.zip, b.timeZone, a.creditor, a.product, a.balance,
                   a.amountPastDue, a.currency, a.delinquentSince, p.id, p.kind, p.value, p.lineType, p.consent,
                   p.optedOut)
              from CollectionCase c join c.account a join a.borrower b left join b.contactPoints p
             where c.id = :caseId
             order by p.id""")
    List<CaseContactRow> findContactRows(long caseId);

    @Query(value = """
            select c from CollectionCase c join fetch c.account a join fetch a.borrower
            where (:status is null or c.status = :status) and (:stage is null or c.stage = :stage)
            order by c.openedAt desc, c.id desc""",
            countQuery = """
            select count(c) from CollectionCase c
            where (:status is null or c.status = :status) and (:stage is null or c.stage = :stage)""")
    Page<CollectionCase> findPage(CaseStatus status, DelinquencyStage stage, Pageable pageable);
}
