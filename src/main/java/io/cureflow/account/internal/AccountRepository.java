package io.cureflow.account.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    @Query("select a from Account a join fetch a.borrower where a.externalId in :externalIds")
    List<Account> findByExternalIdIn(Collection<String> externalIds);

    Optional<Account> findByExternalId(String externalId);
}
