package io.cureflow.payment.internal;

import io.cureflow.account.AccountView;
import io.cureflow.account.CaseService;
import io.cureflow.account.PaymentApplied;
import io.cureflow.account.UnknownAccountException;
import io.cureflow.payment.PaymentPosted;
import io.cureflow.payment.PaymentService;
import io.cureflow.payment.PaymentView;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Posts payments once per external reference and applies them to the account in the same transaction. */
@Service
class PaymentLedger implements PaymentService {

    private final PaymentRepository payments;
    private final CaseService cases;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PaymentLedger(PaymentRepository payments, CaseService cases, ApplicationEventPublisher events, Clock clock) {
        this.payments = payments;
        this.cases = cases;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws PaymentConflictException when the reference is taken by a different payment
     * @throws InvalidPaymentException when the currency is not the account's
     * @throws io.cureflow.account.UnknownAccountException when no account has the given external id
     */
    @Transactional
    public PostedPayment post(PaymentCommand command) {
        Optional<PostedPayment> known = known(command);
        if (known.isPresent()) {
            return known.get();
        }
        AccountView account = cases.findAccount(command.accountExternalId()).orElseThrow(UnknownAccountException::new);
        if (!account.currency().equals(command.currency())) {
            throw new InvalidPaymentException("currency", "currency differs from the account's currency");
        }
        PaymentApplied applied = cases.applyPayment(command.accountExternalId(), command.amount(), command.paidAt());
        Payment payment = payments.save(new Payment(command, applied.accountId(), applied.caseId(),
                applied.daysPastDue(), clock.instant()));
        events.publishEvent(new PaymentPosted(payment.id(), applied.accountId(), applied.caseId(), applied.current()));
        return new PostedPayment(payment.view(), true);
    }

    @Transactional(readOnly = true)
    public Optional<PostedPayment> known(PaymentCommand command) {
        return payments.findByExternalReference(command.externalReference()).map(stored -> {
            if (!stored.sameAs(command)) {
                throw new PaymentConflictException();
            }
            return new PostedPayment(stored.view(), false);
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<PaymentView> paymentsOfCase(long caseId) {
        return payments.findByCaseIdOrderByPaidAtAscIdAsc(caseId).stream().map(Payment::view).toList();
    }
}
