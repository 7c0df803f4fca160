package io.cureflow.compliance.internal.stops;

import io.cureflow.compliance.internal.ComplianceMessages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One rule bean per stop, each with its own id and citation in the decision record. */
@Configuration(proxyBeanMethods = false)
class StopRules {

    @Bean
    StopRule ceaseCommunicationRule(ActiveRestrictions restrictions, ComplianceMessages messages) {
        return new StopRule(StopDefinition.CEASE, restrictions, messages);
    }

    @Bean
    StopRule attorneyRepresentationRule(ActiveRestrictions restrictions, ComplianceMessages messages) {
        return new StopRule(StopDefinition.ATTORNEY, restrictions, messages);
    }

    @Bean
    StopRule disputeRule(ActiveRestrictions restrictions, ComplianceMessages messages) {
        return new StopRule(StopDefinition.DISPUTE, restrictions, messages);
    }

    @Bean
    StopRule bankruptcyStayRule(ActiveRestrictions restrictions, ComplianceMessages messages) {
        return new StopRule(StopDefinition.BANKRUPTCY, restrictions, messages);
    }

    @Bean
    StopRule deceasedBorrowerRule(ActiveRestrictions restrictions, ComplianceMessages messages) {
        return new StopRule(StopDefinition.DECEASED, restrictions, messages);
    }

    @Bean
    StopRule servicememberRule(ActiveRestrictions restrictions, ComplianceMessages messages) {
        return new StopRule(StopDefinition.SERVICEMEMBER, restrictions, messages);
    }

    @Bean
    StopRule hardshipRule(ActiveRestrictions restrictions, ComplianceMessages messages) {
        return new StopRule(StopDefinition.HARDSHIP, restrictions, messages);
    }
}
