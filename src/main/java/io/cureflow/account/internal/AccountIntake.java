package io.cureflow.account.internal;

import io.cureflow.account.CaseOpened;
import io.cureflow.account.DelinquencyChanged;
import io.cureflow.account.DelinquencyStage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates or updates borrowers and accounts by external id, and opens a case for every past-due account without an
 * open one. Loads what a batch touches with one query per table so a 500-row chunk costs a handful of round trips.
 */
@Component
public class AccountIntake {

    private final BorrowerRepository borrowers;
    private final AccountRepository accounts;
    private final CollectionCaseRepository cases;
    private final CaseStageChangeRepository stageChanges;
    private final BusinessCalendar calendar;
    private final ApplicationEventPublisher events;

    AccountIntake(BorrowerRepository borrowers, AccountRepository accounts, CollectionCaseRepository cases,
                  CaseStageChangeRepository stageChanges, BusinessCalendar calendar,
                  ApplicationEventPublisher events) {
        this.borrowers = borrowers;
        this.accounts = accounts;
        this.cases = cases;
        this.stageChanges = stageChanges;
        this.calendar = calendar;
        this.events = events;
    }

    @Transactional
    public List<IntakeOutcome> store(List<IntakeItem> items) {
        LocalDate today = calendar.today();
        Instant now = calendar.now();
        Map<String, Borrower> borrowersById = byKey(
                borrowers.findWithContactsByExternalIdIn(distinct(items, item -> item.borrower().externalId())),
                Borrower::externalId);
        Map<String, Account> accountsById = byKey(
                accounts.findByExternalIdIn(distinct(items, item -> item.account().externalId())),
                Account::externalId);
        Map<Long, CollectionCase> openCases = byKey(
                cases.findOpenByAccountIdIn(accountsById.values().stream().map(Account::id).toList()),
                found -> found.account().id());

        List<IntakeOutcome> outcomes = new ArrayList<>(items.size());
        for (IntakeItem item : items) {
            Borrower borrower = borrowersById.get(item.borrower().externalId());
            if (borrower == null) {
                // Hibernate inserts the state an entity has when persisted: fill it in first
                borrower = new Borrower(item.borrower().externalId(), now);
                borrower.update(item.borrower(), now);
                borrowers.save(borrower);
                borrowersById.put(borrower.externalId(), borrower);
            } else {
                borrower.update(item.borrower(), now);
            }

            Account account = accountsById.get(item.account().externalId());
            boolean created = account == null;
            int daysPastDueBefore = created ? 0 : account.daysPastDue(today);
            if (created) {
                account = new Account(item.account().externalId(), now);
                account.update(borrower, item.account(), today, now);
                accounts.save(account);
                accountsById.put(account.externalId(), account);
            } else {
                account.update(borrower, item.account(), today, now);
            }
            int daysPastDue = account.daysPastDue(today);
            CollectionCase open = openCases.get(account.id());
            Long openedCaseId = null;
            if (open == null && daysPastDue > 0) {
                open = openCase(account, daysPastDue, now);
                openCases.put(account.id(), open);
                openedCaseId = open.id();
            } else if (open != null && daysPastDue != daysPastDueBefore) {
                events.publishEvent(new DelinquencyChanged(open.id(), account.id(), daysPastDue));
            }
            outcomes.add(new IntakeOutcome(account.externalId(), account.id(), created, openedCaseId));
        }
        return outcomes;
    }

    private CollectionCase openCase(Account account, int daysPastDue, Instant now) {
        DelinquencyStage stage = DelinquencyStage.forDaysPastDue(daysPastDue);
        CollectionCase opened = cases.save(new CollectionCase(account, stage, now));
        stageChanges.save(new CaseStageChange(opened.id(), DelinquencyStage.CURRENT, stage, daysPastDue, now));
        events.publishEvent(new CaseOpened(opened.id(), account.id()));
        return opened;
    }

    private static List<String> distinct(List<IntakeItem> items, Function<IntakeItem, String> key) {
        return items.stream().map(key).distinct().toList();
    }

    private static <K, V> Map<K, V> byKey(List<V> values, Function<V, K> key) {
        return values.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, HashMap::new));
    }
}
