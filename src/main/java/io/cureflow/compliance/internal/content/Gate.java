package io.cureflow.compliance.internal.content;

import io.cureflow.compliance.ContentFacts;

/** When a prohibited-phrase category may be said after all: the facts that make the statement true and lawful. */
enum Gate {
    HARD {
        @Override
        boolean allows(ContentFacts facts) {
            return false;
        }
    },
    LAWSUIT {
        @Override
        boolean allows(ContentFacts facts) {
            return facts.lawsuitApproved() && !facts.timeBarred() && !facts.bankruptcy();
        }
    },
    GARNISHMENT {
        @Override
        boolean allows(ContentFacts facts) {
            return facts.garnishmentLawful() && !facts.timeBarred() && !facts.bankruptcy();
        }
    },
    ATTORNEY {
        @Override
        boolean allows(ContentFacts facts) {
            return facts.attorneyInvolved();
        }
    },
    URGENCY {
        @Override
        boolean allows(ContentFacts facts) {
            return facts.deadlineReal();
        }
    },
    VALIDATION_PERIOD {
        @Override
        boolean allows(ContentFacts facts) {
            return facts.validationPeriodOver();
        }
    };

    abstract boolean allows(ContentFacts facts);
}
