package io.cureflow.compliance.internal.stops;

import io.cureflow.compliance.RestrictionKind;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The stops of the catalogue: which rule id and citation each restriction kind stops automation under. */
enum StopDefinition {
    CEASE("RF-20", "12 CFR 1006.6(c); FDCPA §805(c), 15 U.S.C. 1692c(c)",
            Set.of(RestrictionKind.CEASE, RestrictionKind.REFUSAL_TO_PAY), false, "cease"),
    /** Comment 6(b)(2)-1: the consumer's own contact is consent to that communication, so one response may follow. */
    ATTORNEY("RF-17", "12 CFR 1006.6(b)(2); FDCPA §805(a)(2); comment 6(b)(2)-1",
            Set.of(RestrictionKind.ATTORNEY), false, "attorney"),
    DISPUTE("RF-33", "12 CFR 1006.38(d)(2); FDCPA §809(b)",
            Set.of(RestrictionKind.DISPUTE), false, "dispute"),
    BANKRUPTCY("SP-BK-01", "11 U.S.C. 362(a)(6)",
            Set.of(RestrictionKind.BANKRUPTCY), false, "bankruptcy"),
    DECEASED("SP-DEC-01", "12 CFR 1006.2(e), 1006.6(a)(4); comment 6(a)(4)-1",
            Set.of(RestrictionKind.DECEASED), false, "deceased"),
    /** The catalogue asks for a flag and a hand-off: a person may still call, the automation may not. */
    SERVICEMEMBER("SP-SCRA-02", "50 U.S.C. 3931, 3952, 3953 (Servicemembers Civil Relief Act)",
            Set.of(RestrictionKind.SERVICEMEMBER), true, "servicemember"),
    /** No rule of law: the issue asks that a reported hardship reaches a person before any more automated contact. */
    HARDSHIP("SP-HS-01", "CureFlow hardship policy: a reported hardship is handed to a person",
            Set.of(RestrictionKind.HARDSHIP), true, "hardship");

    private final String ruleId;
    private final String citation;
    private final Set<RestrictionKind> kinds;
    private final boolean automatedOnly;
    private final String messageName;

    StopDefinition(String ruleId, String citation, Set<RestrictionKind> kinds, boolean automatedOnly,
                   String messageName) {
        this.ruleId = ruleId;
        this.citation = citation;
        this.kinds = kinds;
        this.automatedOnly = automatedOnly;
        this.messageName = messageName;
    }

    static Optional<StopDefinition> of(RestrictionKind kind) {
        return Arrays.stream(values()).filter(stop -> stop.kinds.contains(kind)).findFirst();
    }

    String ruleId() {
        return ruleId;
    }

    String citation() {
        return citation;
    }

    Set<RestrictionKind> kinds() {
        return kinds;
    }

    boolean automatedOnly() {
        return automatedOnly;
    }

    boolean answersConsumerContact() {
        return this == ATTORNEY;
    }

    String messageKey() {
        return "compliance.rule.stops." + messageName;
    }
}
