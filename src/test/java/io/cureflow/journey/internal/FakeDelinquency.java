package io.cureflow.journey.internal;

import io.cureflow.account.DelinquencyAssessment;
import io.cureflow.account.DelinquencyStage;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.time.Duration;
import java.time.Instant;

/** An account whose days past due follow the engine clock from a due date, as the account module computes them. */
final class FakeDelinquency {

    private Instant dueAt;

    FakeDelinquency(Instant dueAt) {
        this.dueAt = dueAt;
    }

    static FakeDelinquency daysPastDue(int days) {
        return new FakeDelinquency(ClockUtil.getCurrentTime().toInstant().minus(Duration.ofDays(days)));
    }

    DelinquencyAssessment assess(long caseId) {
        int dpd = (int) Math.max(0, Duration.between(dueAt, ClockUtil.getCurrentTime().toInstant()).toDays());
        DelinquencyStage stage = DelinquencyStage.forDaysPastDue(dpd);
        boolean current = stage == DelinquencyStage.CURRENT;
        DelinquencyStage next = stage.next();
        Instant nextStageAt = current || next == null ? null : stageStartsAt(next);
        return new DelinquencyAssessment(caseId, dpd, stage, current, nextStageAt);
    }

    Instant stageStartsAt(DelinquencyStage stage) {
        return dueAt.plus(Duration.ofDays(stage.fromDaysPastDue()));
    }

    /** A payment that covers billing cycles moves the due date forward. */
    void pay(Duration covered) {
        dueAt = dueAt.plus(covered);
    }
}
