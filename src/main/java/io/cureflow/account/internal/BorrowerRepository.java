package io.cureflow.account.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BorrowerRepository extends JpaRepository<Borrower, Long> {

    @Query("select distinct b from Borrower b left join fetch b.contactPoints where b.externalId in :externalIds")
    List<Borrower> findWithContactsByExternalIdIn(Collection<String> externalIds);

    default Optional<Borrower> findWithContactsByExternalId(String externalId) {
        return findWithContactsByExternalIdIn(List.of(externalId)).stream().findFirst();
    }
}
