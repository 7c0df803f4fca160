package io.cureflow.compliance.internal.stops;

import io.cureflow.compliance.RestrictionKind;
import io.cureflow.compliance.internal.ComplianceMessages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlaceRules {

    @Bean
    DesignatedPlaceRule inconvenientPlaceRule(ActiveRestrictions restrictions, ConsumerInitiatedResponses responses,
                                              ComplianceMessages messages) {
        return new DesignatedPlaceRule("RF-16",
                "12 CFR 1006.6(b)(1)(ii); comments 6(b)(1)-1.iii, 6(b)(1)-2.ii, 6(b)(1)(ii)-1",
                RestrictionKind.INCONVENIENT_PLACE, "compliance.rule.places.inconvenient", restrictions, responses,
                messages);
    }

    @Bean
    DesignatedPlaceRule workplaceRule(ActiveRestrictions restrictions, ComplianceMessages messages) {
        return new DesignatedPlaceRule("RF-18", "12 CFR 1006.6(b)(3); comment 6(b)(3)-1",
                RestrictionKind.NO_CONTACT_AT_WORK, "compliance.rule.places.work", restrictions, null, messages);
    }
}
