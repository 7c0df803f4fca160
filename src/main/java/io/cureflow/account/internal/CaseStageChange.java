package io.cureflow.account.internal;

import io.cureflow.account.DelinquencyStage;
import io.cureflow.account.StageChange;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "case_stage_change")
public class CaseStageChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_stage_change_seq")
    @SequenceGenerator(name = "case_stage_change_seq", sequenceName = "case_stage_change_seq", allocationSize = 50)
    private Long id;

    private long caseId;

    @Enumerated(EnumType.STRING)
    private DelinquencyStage fromStage;

    @Enumerated(EnumType.STRING)
    private DelinquencyStage toStage;

    private int daysPastDue;
    private Instant changedAt;

    protected CaseStageChange() {
    }

    public CaseStageChange(long caseId, DelinquencyStage from, DelinquencyStage to, int daysPastDue, Instant at) {
        this.caseId = caseId;
        this.fromStage = from;
        this.toStage = to;
        this.daysPastDue = daysPastDue;
        this.changedAt = at;
    }

    public StageChange view() {
        return new StageChange(caseId, fromStage, toStage, daysPastDue, changedAt);
    }
}
