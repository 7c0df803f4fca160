package io.cureflow.compliance;

import java.time.Instant;

/**
 * Revocation of consent by a reply (TCPA 47 CFR 64.1200(a)(10); Reg F §1006.14(h)(1)): outreach hands every inbound
 * text here before anything else happens with it.
 */
public interface ConsentRevocations {

    /**
     * When the text is an opt-out keyword and nothing more, closes that number to texts and withdraws its TCPA
     * consent (an SMS), or closes that email address (an email whose first line is the keyword), at once.
     */
    RevocationOutcome fromInboundText(long caseId, Channel channel, String address, String text, Instant receivedAt);
}
