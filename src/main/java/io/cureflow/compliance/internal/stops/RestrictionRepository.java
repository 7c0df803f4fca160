package io.cureflow.compliance.internal.stops;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface RestrictionRepository extends JpaRepository<RestrictionEntity, Long> {

    @Query("""
            select r from RestrictionEntity r
            where r.borrowerId = :borrowerId and r.liftedAt is null
            order by r.recordedAt, r.id""")
    List<RestrictionEntity> findActiveOfBorrower(long borrowerId);

    /** Through {@code ix_contact_restriction_revoked_number}: a handful of rows per number at most. */
    @Query("""
            select r from RestrictionEntity r
            where r.contactPoint = :contactPoint and r.kind = io.cureflow.compliance.RestrictionKind.CONSENT_REVOKED
              and r.liftedAt is null
            order by r.recordedAt, r.id""")
    List<RestrictionEntity> findActiveRevocationsOfNumber(String contactPoint);

    @Query("""
            select r from RestrictionEntity r
            where r.borrowerId = :borrowerId and (r.accountId is null or r.accountId = :accountId)
            order by r.recordedAt, r.id""")
    List<RestrictionEntity> findCoveringAccount(long borrowerId, long accountId);
}
