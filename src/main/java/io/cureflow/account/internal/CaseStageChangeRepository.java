package io.cureflow.account.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseStageChangeRepository extends JpaRepository<CaseStageChange, Long> {

    List<CaseStageChange> findByCaseIdOrderByChangedAtAscIdAsc(long caseId);
}
