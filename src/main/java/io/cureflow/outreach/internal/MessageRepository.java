package io.cureflow.outreach.internal;

import io.cureflow.compliance.Channel;
import io.cureflow.outreach.OutreachMessage.Direction;
import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface MessageRepository extends JpaRepository<MessageEntity, Long> {

    /** Locks the row so that two concurrent sends of one message hand it to the gateway once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from MessageEntity m where m.id = :id")
    Optional<MessageEntity> findForSending(long id);

    List<MessageEntity> findByCaseIdOrderByCreatedAtAscIdAsc(long caseId);

    boolean existsByAddressAndTemplateKeyAndDirection(String address, String templateKey, Direction direction);

    List<MessageEntity> findByBorrowerIdOrderByCreatedAtAscIdAsc(long borrowerId);

    Optional<MessageEntity> findFirstByBorrowerIdAndChannelAndDirectionOrderByCreatedAtDescIdDesc(
            long borrowerId, Channel channel, Direction direction);

    Optional<MessageEntity> findFirstByBorrowerIdOrderByCreatedAtDescIdDesc(long borrowerId);

    Optional<MessageEntity> findFirstByCaseIdAndChannelAndDirectionOrderByCreatedAtDescIdDesc(
            long caseId, Channel channel, Direction direction);

    @Query("""
            select new io.cureflow.outreach.internal.BorrowerActivity(
                m.borrowerId, max(coalesce(m.sentAt, m.createdAt)), count(m), max(m.caseId))
            from MessageEntity m
            group by m.borrowerId
            order by max(coalesce(m.sentAt, m.createdAt)) desc, m.borrowerId desc
            """)
    List<BorrowerActivity> borrowersByLatestActivity(Pageable page);
}
