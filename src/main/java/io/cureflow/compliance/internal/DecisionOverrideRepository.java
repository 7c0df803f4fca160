package io.cureflow.compliance.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionOverrideRepository extends JpaRepository<DecisionOverrideEntity, Long> {

    boolean existsByDecisionId(long decisionId);
}
