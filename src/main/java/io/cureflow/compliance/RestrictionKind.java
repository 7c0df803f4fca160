package io.cureflow.compliance;

/**
 * What a restriction forbids. A stop closes every automated contact of the debts it covers until a person lifts it;
 * the other kinds close a channel, an address or a time.
 */
public enum RestrictionKind {
    /** Reg F §1006.6(c): a written or electronic request to cease communication about the debt. */
    CEASE(true, false),
    /** Reg F §1006.6(c): a written or electronic refusal to pay the debt. */
    REFUSAL_TO_PAY(true, false),
    /** Reg F §1006.6(b)(2): the consumer is represented by an attorney for the debt. */
    ATTORNEY(true, false),
    /** Reg F §1006.38(d)(2): a dispute; collection pauses until verification is sent. */
    DISPUTE(true, false),
    /** 11 U.S.C. 362: the automatic stay covers every debt of the borrower. */
    BANKRUPTCY(true, true),
    DECEASED(true, true),
    SERVICEMEMBER(true, true),
    /**
     * The consumer told of a hardship (job loss, illness, a death in the family): automated contact about this debt
     * stops until a person has decided on a treatment; a person may still call.
     */
    HARDSHIP(true, false),
    /** Reg F §1006.14(h)(1): no use of a medium (channel), or of one number or address, for any debt. */
    OPT_OUT(false, true),
    /** TCPA 47 CFR 64.1200(a)(10): consent to automated texts and prerecorded or artificial-voice calls withdrawn. */
    CONSENT_REVOKED(false, true),
    /** Reg F §1006.6(b)(1)(i): local times (and days) the consumer called inconvenient. */
    INCONVENIENT_TIME(false, true),
    /** Reg F §1006.6(b)(1)(ii): a place (home); closes that contact point, or every landline when none is named. */
    INCONVENIENT_PLACE(false, true),
    /** Reg F §1006.6(b)(3): the employer forbids such contact; closes the work number or address. */
    NO_CONTACT_AT_WORK(false, true),
    /** Reg F §1006.14(h)(1): the consumer asked for this channel only ('only text'); every other medium is closed. */
    CHANNEL_ONLY(false, true);

    private final boolean stop;
    private final boolean everyDebt;

    RestrictionKind(boolean stop, boolean everyDebt) {
        this.stop = stop;
        this.everyDebt = everyDebt;
    }

    /** True when it stops all automated contact and only a manager or an administrator may lift it. */
    public boolean stop() {
        return stop;
    }

    /** True when it concerns the person, so it covers every debt of the borrower whatever account it came with. */
    public boolean everyDebt() {
        return everyDebt;
    }
}
