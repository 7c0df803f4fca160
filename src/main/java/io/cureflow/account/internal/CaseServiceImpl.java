package io.cureflow.account.internal;

import io.cureflow.account.AccountView;
import io.cureflow.account.CaseContact;
import io.cureflow.account.CaseFilter;
import io.cureflow.account.CaseOutcome;
import io.cureflow.account.CasePage;
import io.cureflow.account.CaseService;
import io.cureflow.account.CaseView;
import io.cureflow.account.DelinquencyAssessment;
import io.cureflow.account.DelinquencyStage;
import io.cureflow.account.PaymentApplied;
import io.cureflow.account.StageChange;
import io.cureflow.account.UnknownAccountException;
import io.cureflow.account.UnknownCaseException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class CaseServiceImpl implements CaseService {

    private static final int MAX_PAGE_SIZE = 200;

    private final CollectionCaseRepository cases;
    private final CaseStageChangeRepository stageChanges;
    private final AccountRepository accounts;
    private final CaseContactQuery contactRows;
    private final BusinessCalendar calendar;

    CaseServiceImpl(CollectionCaseRepository cases, CaseStageChangeRepository stageChanges,
                    AccountRepository accounts, CaseContactQuery contactRows, BusinessCalendar calendar) {
        this.cases = cases;
        this.contactRows = contactRows;
        this.stageChanges = stageChanges;
        this.accounts = accounts;
        this.calendar = calendar;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseView> findCase(long caseId) {
        LocalDate today = calendar.today();
        return cases.findWithAccount(caseId).map(found -> CaseViews.of(found, today));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AccountView> findAccount(String accountExternalId) {
        return accounts.findByExternalId(accountExternalId).map(this::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AccountView> findAccountById(long accountId) {
        return accounts.findById(accountId).map(this::view);
    }

    private AccountView view(Account account) {
        return new AccountView(account.id(), account.externalId(), account.borrower().id(), account.currency(),
                account.balance(), account.amountPastDue(), account.daysPastDue(calendar.today()),
                cases.findOpenByAccountId(account.id()).map(CollectionCase::id).orElse(null));
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseView> openCasesOfBorrower(long borrowerId) {
        LocalDate today = calendar.today();
        return cases.findOpenByBorrowerId(borrowerId).stream().map(found -> CaseViews.of(found, today)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public CasePage listCases(CaseFilter filter, int page, int size) {
        CaseFilter criteria = filter == null ? CaseFilter.all() : filter;
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        var found = cases.findPage(criteria.status(), criteria.stage(), PageRequest.of(Math.max(0, page), pageSize));
        LocalDate today = calendar.today();
        return new CasePage(found.map(c -> CaseViews.of(c, today)).getContent(), found.getNumber(), pageSize,
                found.getTotalElements());
    }

    @Override
    @Transactional(readOnly = true)
    public DelinquencyAssessment assess(long caseId) {
        CollectionCase found = load(caseId);
        PastDuePosition position = found.account().position();
        LocalDate today = calendar.today();
        int daysPastDue = position.daysPastDue(today);
        DelinquencyStage stage = DelinquencyStage.forDaysPastDue(daysPastDue);
        boolean current = daysPastDue == 0;
        DelinquencyStage next = stage.next();
        Instant nextStageAt = current || next == null
                ? null
                : calendar.startOf(position.delinquentSince().plusDays(next.fromDaysPastDue()));
        return new DelinquencyAssessment(caseId, daysPastDue, stage, current, nextStageAt);
    }

    @Override
    public boolean recordStage(long caseId, DelinquencyStage stage) {
        CollectionCase found = load(caseId);
        if (found.stage() == stage) {
            return false;
        }
        int daysPastDue = found.account().daysPastDue(calendar.today());
        stageChanges.save(new CaseStageChange(caseId, found.stage(), stage, daysPastDue, calendar.now()));
        found.moveTo(stage);
        return true;
    }

    /** One statement: it joins the caller's transaction and needs none of its own. */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public CaseContact contactOf(long caseId) {
        List<CaseContactRow> rows = contactRows.rowsOf(caseId);
        if (rows.isEmpty()) {
            throw new UnknownCaseException(caseId);
        }
        return CaseContactRow.contactOf(rows, calendar.today());
    }

    @Override
    @Transactional(readOnly = true)
    public List<StageChange> stageHistory(long caseId) {
        load(caseId);
        return stageChanges.findByCaseIdOrderByChangedAtAscIdAsc(caseId).stream().map(CaseStageChange::view).toList();
    }

    @Override
    public void handToAgent(long caseId, String reason) {
        load(caseId).handToAgent(reason);
    }

    @Override
    public void resumeAutomation(long caseId) {
        load(caseId).resumeAutomation();
    }

    @Override
    public void close(long caseId, CaseOutcome outcome) {
        load(caseId).close(outcome, calendar.now());
    }

    @Override
    public PaymentApplied applyPayment(String accountExternalId, BigDecimal amount, Instant paidAt) {
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("Payment amount must be positive");
        }
        Account account = accounts.findByExternalId(accountExternalId).orElseThrow(UnknownAccountException::new);
        LocalDate today = calendar.today();
        account.position(account.position().afterPayment(amount, today));
        account.touch(calendar.now());
        int daysPastDue = account.daysPastDue(today);
        Long caseId = cases.findOpenByAccountId(account.id()).map(CollectionCase::id).orElse(null);
        return new PaymentApplied(account.id(), caseId, account.balance(), account.amountPastDue(), daysPastDue,
                daysPastDue == 0);
    }

    private CollectionCase load(long caseId) {
        return cases.findWithAccount(caseId).orElseThrow(() -> new UnknownCaseException(caseId));
    }
}
