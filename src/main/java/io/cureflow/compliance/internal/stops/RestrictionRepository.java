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

    @Query("""
            select r from RestrictionEntity r
            where r.borrowerId = :borrowerId and (r.accountId is null or r.accountId = :accountId)
            order by r.recordedAt, r.id""")
    List<RestrictionEntity> findCoveringAccount(long borrowerId, long accountId);
}
