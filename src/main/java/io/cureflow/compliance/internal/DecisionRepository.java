package io.cureflow.compliance.internal;

import io.cureflow.compliance.ComplianceDecision.Verdict;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface DecisionRepository extends JpaRepository<DecisionEntity, Long> {

    @EntityGraph(attributePaths = "results")
    List<DecisionEntity> findByCaseIdAndVerdictOrderByEvaluatedAtAscIdAsc(long caseId, Verdict verdict);

    @EntityGraph(attributePaths = "results")
    Optional<DecisionEntity> findWithResultsById(long id);
}
