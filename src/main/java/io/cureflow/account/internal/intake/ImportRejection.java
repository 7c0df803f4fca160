package io.cureflow.account.internal.intake;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.UUID;

/** A rejected row (or one of its fields) of an import, by line number; never the rejected value. */
@Entity
@Table(name = "import_rejection")
class ImportRejection {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_rejection_seq")
    @SequenceGenerator(name = "import_rejection_seq", sequenceName = "import_rejection_seq", allocationSize = 50)
    private Long id;

    private UUID importId;
    private long line;
    private String field;
    private String reasonCode;
    private Long reasonArg;

    protected ImportRejection() {
    }

    ImportRejection(UUID importId, Rejection rejection) {
        this.importId = importId;
        this.line = rejection.line();
        this.field = rejection.field();
        this.reasonCode = rejection.reason().code();
        this.reasonArg = rejection.arg();
    }

    Rejection rejection() {
        return new Rejection(line, field, Reason.ofCode(reasonCode), reasonArg);
    }
}
