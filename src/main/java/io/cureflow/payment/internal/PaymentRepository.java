package io.cureflow.payment.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PaymentRepository extends JpaRepository<Payment, Long> {

    Optional<Payment> findByExternalReference(String externalReference);

    List<Payment> findByCaseIdOrderByPaidAtAscIdAsc(long caseId);
}
