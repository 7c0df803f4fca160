package io.cureflow.compliance.internal.stops;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactDirection;
import io.cureflow.compliance.ContactRestriction;
import io.cureflow.compliance.RestrictionKind;
import io.cureflow.compliance.internal.ComplianceMessages;
import io.cureflow.compliance.internal.ComplianceRule;
import io.cureflow.compliance.internal.InMemoryLedger;
import io.cureflow.compliance.internal.InMemoryLedger.Row;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Every rule of the stops package, built by the same bean methods the application uses, over restrictions and a
 * ledger held in memory.
 */
public final class StopRulesInMemory {

    private StopRulesInMemory() {
    }

    /** @param restrictions every restriction recorded, of every borrower */
    public static List<ComplianceRule> rules(Supplier<List<ContactRestriction>> restrictions,
                                             InMemoryLedger ledger, ConsentProperties consent,
                                             ComplianceMessages messages) {
        ActiveRestrictions active = new ActiveRestrictions(null) {
            @Override
            List<ContactRestriction> ofBorrower(long borrowerId) {
                return restrictions.get().stream().filter(restriction -> restriction.borrowerId() == borrowerId)
                        .filter(restriction -> !restriction.lifted()).toList();
            }
        };
        RevokedNumbers revoked = new RevokedNumbers(null, consent) {
            @Override
            List<ContactRestriction> revocationsOf(String number) {
                return restrictions.get().stream()
                        .filter(restriction -> restriction.kind() == RestrictionKind.CONSENT_REVOKED)
                        .filter(restriction -> number.equals(restriction.contactPoint()))
                        .filter(restriction -> !restriction.lifted()).toList();
            }
        };
        LandlineCallLog landlineCalls = new LandlineCallLog(null) {
            @Override
            List<Instant> callsTo(String number, Instant from, Instant to) {
                return ledger.rows().stream()
                        .filter(row -> number.equals(row.contactPoint()))
                        .filter(row -> row.direction() == ContactDirection.OUTBOUND)
                        .filter(row -> row.channel() == Channel.CALL
                                || row.channel() == Channel.VOICEMAIL)
                        .filter(row -> !List.of("BLOCKED", "NO_CONTACT_POINT").contains(row.outcome()))
                        .map(Row::at)
                        .filter(at -> !at.isBefore(from) && !at.isAfter(to))
                        .sorted()
                        .toList();
            }
        };
        ConsumerInitiatedResponses responses = new ConsumerInitiatedResponses(ledger.inboundContacts(), ledger);
        StopRules stops = new StopRules();
        PlaceRules places = new PlaceRules();
        List<ComplianceRule> rules = new ArrayList<>(List.of(
                stops.ceaseCommunicationRule(active, responses, messages),
                stops.attorneyRepresentationRule(active, responses, messages),
                stops.disputeRule(active, responses, messages),
                stops.bankruptcyStayRule(active, responses, messages),
                stops.deceasedBorrowerRule(active, responses, messages),
                stops.servicememberRule(active, responses, messages),
                stops.hardshipRule(active, responses, messages),
                places.inconvenientPlaceRule(active, responses, messages),
                places.workplaceRule(active, messages),
                new CommunicationMediaRule(active, responses, messages),
                new DesignatedTimeRule(active, responses, messages),
                new TcpaConsentRule(messages),
                new ConsentRevocationRule(active, messages),
                new RevokeAllRule(revoked, consent, messages),
                new PrerecordedLandlineRule(landlineCalls, consent, messages)));
        return List.copyOf(rules);
    }
}
