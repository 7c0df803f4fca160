package io.cureflow.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The account module's API for the journey, outreach, compliance, payments and the workspace. */
public interface CaseService {

    Optional<CaseView> findCase(long caseId);

    /** The account with this external id (an account number: personal data, never log it). */
    Optional<AccountView> findAccount(String accountExternalId);

    /** The account with this CureFlow id. */
    Optional<AccountView> findAccountById(long accountId);

    CasePage listCases(CaseFilter filter, int page, int size);

    /** Reads the account as of now and tells the stage and when the next stage begins. */
    DelinquencyAssessment assess(long caseId);

    /** Records the stage on the case when it differs from the stored one; returns true when it changed. */
    boolean recordStage(long caseId, DelinquencyStage stage);

    CaseContact contactOf(long caseId);

    List<StageChange> stageHistory(long caseId);

    void handToAgent(long caseId, String reason);

    /** Automation resumes after a person decided so. */
    void resumeAutomation(long caseId);

    void close(long caseId, CaseOutcome outcome);

    /**
     * Applies a payment to the account with this external id: lowers the balance and the amount past due, and moves
     * days past due forward by the whole billing cycles the payment covers.
     *
     * @throws UnknownAccountException when no account has that external id
     */
    PaymentApplied applyPayment(String accountExternalId, BigDecimal amount, Instant paidAt);
}
