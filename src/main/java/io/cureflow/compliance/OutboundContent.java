package io.cureflow.compliance;

import java.util.List;
import java.util.Objects;

/**
 * A message about to go out, with what the content guardrail needs to judge it. Personal data: the body, the
 * recipient's names and account number are never logged; {@link #toString()} leaves them out.
 *
 * @param language             the language the message is written in ({@code en}, {@code es}); other languages found
 *                             in the text count too (Reg F §1006.18(e)(4))
 * @param initialCommunication true when no communication with this consumer took place yet in any medium: the
 *                             message must carry the §1006.18(e)(1) disclosure instead of the (e)(2) one
 * @param subject              email only, else null
 * @param purpose              what the message is for; an opt-out confirmation carries nothing but the confirmation
 */
public record OutboundContent(Channel channel, String language, boolean initialCommunication, String subject,
                              String body, Recipient recipient, ContentFacts facts, Purpose purpose) {

    public enum Purpose {
        /** Any message about the debt: disclosures and the opt-out line are required. */
        COLLECTION,
        /**
         * The single confirmation of an opt-out or revocation (Reg F §1006.14(h)(2)(i), 47 CFR 64.1200(a)(11)): it may
         * contain nothing except the confirmation, so no disclosure and no opt-out line are asked of it.
         */
        OPT_OUT_CONFIRMATION
    }

    public OutboundContent {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(body, "body");
        recipient = recipient == null ? Recipient.UNKNOWN : recipient;
        facts = facts == null ? ContentFacts.NONE : facts;
        purpose = purpose == null ? Purpose.COLLECTION : purpose;
    }

    /** A message about the debt. */
    public OutboundContent(Channel channel, String language, boolean initialCommunication, String subject,
                           String body, Recipient recipient, ContentFacts facts) {
        this(channel, language, initialCommunication, subject, body, recipient, facts, Purpose.COLLECTION);
    }

    public OutboundContent withPurpose(Purpose newPurpose) {
        return new OutboundContent(channel, language, initialCommunication, subject, body, recipient, facts,
                newPurpose);
    }

    /** Subject and body, as a reader sees them together. */
    public String fullText() {
        return subject == null || subject.isBlank() ? body : subject + "\n" + body;
    }

    @Override
    public String toString() {
        return "OutboundContent[channel=" + channel + ", language=" + language + ", purpose=" + purpose + ", initial=" + initialCommunication
                + ", length=" + body.length() + ", facts=" + facts + "]";
    }

    /**
     * Who receives the message.
     *
     * @param languagePreference the language the consumer asked to be addressed in, as recorded; may be null
     * @param names              the consumer's first and last name: a voicemail must not name the consumer
     * @param accountNumber      the full account number, which no message may show (the last four digits may)
     */
    public record Recipient(String state, String zip, String languagePreference, List<String> names,
                            String accountNumber) {

        public static final Recipient UNKNOWN = new Recipient(null, null, null, List.of(), null);

        public Recipient {
            names = names == null ? List.of() : names.stream().filter(Objects::nonNull).toList();
        }

        @Override
        public String toString() {
            return "Recipient[state=" + state + "]";
        }
    }
}
