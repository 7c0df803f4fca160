package io.cureflow.compliance.internal.stops;

import io.cureflow.account.AccountView;
import io.cureflow.account.CaseService;
import io.cureflow.account.CaseView;
import io.cureflow.account.UnknownAccountException;
import io.cureflow.compliance.AutomatedContactStopped;
import io.cureflow.compliance.ContactRestriction;
import io.cureflow.compliance.ContactRestrictions;
import io.cureflow.compliance.NewRestriction;
import io.cureflow.compliance.RestrictionAlreadyLiftedException;
import io.cureflow.compliance.UnknownRestrictionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

@Service
class RestrictionService implements ContactRestrictions {

    private static final Logger log = LoggerFactory.getLogger(RestrictionService.class);

    private final RestrictionRepository repository;
    private final ActiveRestrictions active;
    private final CaseService cases;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RestrictionService(RestrictionRepository repository, ActiveRestrictions active, CaseService cases,
                       ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.active = active;
        this.cases = cases;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ContactRestriction record(NewRestriction restriction) {
        RestrictionChecks.check(restriction);
        AccountView account = cases.findAccountById(restriction.accountId())
                .orElseThrow(UnknownAccountException::new);
        boolean everyDebt = restriction.allDebts() || restriction.kind().everyDebt();
        String point = ContactPoints.normalize(restriction.contactPoint()).orElse(null);
        RestrictionEntity saved = repository.save(new RestrictionEntity(restriction.kind(), account.borrowerId(),
                everyDebt ? null : account.accountId(), restriction.channel(), point, restriction.from(),
                restriction.until(), restriction.daysOfWeek(), restriction.activeUntil(), restriction.source(),
                restriction.recordedBy(), clock.instant(), restriction.note()));
        active.forget(account.borrowerId());
        ContactRestriction view = saved.view();
        log.info("Recorded contact restriction {} ({}) for borrower {}", view.id(), view.kind(), view.borrowerId());
        StopDefinition.of(view.kind()).ifPresent(stop -> announce(view, stop));
        return view;
    }

    private void announce(ContactRestriction restriction, StopDefinition stop) {
        List<CaseView> covered = cases.openCasesOfBorrower(restriction.borrowerId()).stream()
                .filter(open -> restriction.accountId() == null || open.accountId() == restriction.accountId())
                .toList();
        covered.forEach(open -> events.publishEvent(new AutomatedContactStopped(open.caseId(), stop.ruleId())));
    }

    @Override
    @Transactional
    public ContactRestriction lift(long restrictionId, String reason, String liftedBy) {
        RestrictionEntity restriction = repository.findById(restrictionId)
                .orElseThrow(() -> new UnknownRestrictionException(restrictionId));
        if (restriction.lifted()) {
            throw new RestrictionAlreadyLiftedException(restrictionId);
        }
        String checked = RestrictionChecks.checkLift(restriction.kind(), reason);
        restriction.lift(checked, liftedBy, clock.instant());
        ContactRestriction view = restriction.view();
        active.forget(view.borrowerId());
        log.info("Lifted contact restriction {} ({}) by {}", view.id(), view.kind(), liftedBy);
        return view;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ContactRestriction> find(long restrictionId) {
        return repository.findById(restrictionId).map(RestrictionEntity::view);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ContactRestriction> ofAccount(long accountId) {
        AccountView account = cases.findAccountById(accountId).orElseThrow(UnknownAccountException::new);
        return repository.findCoveringAccount(account.borrowerId(), accountId).stream()
                .map(RestrictionEntity::view)
                .toList();
    }
}
