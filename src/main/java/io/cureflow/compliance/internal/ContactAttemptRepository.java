package io.cureflow.compliance.internal;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactDirection;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface ContactAttemptRepository extends JpaRepository<ContactAttemptEntity, Long> {

    List<ContactAttemptEntity> findByCaseIdOrderByAttemptedAtAscIdAsc(long caseId);

    @Query("""
            select count(a) > 0 from ContactAttemptEntity a
            where a.borrowerId = :borrowerId
              and (a.direction = :inbound
                   or (a.channel in :written and a.outcome in :sent)
                   or (a.channel = :call and a.outcome = :conversation))
            """)
    boolean anyCommunication(long borrowerId, ContactDirection inbound, List<Channel> written, List<String> sent,
                             Channel call, String conversation);
}
