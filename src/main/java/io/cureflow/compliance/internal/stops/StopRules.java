package io.cureflow.compliance.internal.stops;

import io.cureflow.compliance.internal.ComplianceMessages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One rule bean per stop, each with its own id and citation in the decision record. */
@Configuration(proxyBeanMethods = false)
class StopRules {

    @Bean
    StopRule ceaseCommunicationRule(ActiveRestrictions restrictions, ConsumerInitiatedResponses responses,
                                    ComplianceMessages messages) {
        return new StopRule(StopDefinition.CEASE, restrictions, responses, messages);
    }

    @Bean
    StopRule attorneyRepresentationRule(ActiveRestrictions restrictions, ConsumerInitiatedResponses responses,
                                        ComplianceMessages messages) {
        return new StopRule(StopDefinition.ATTORNEY, restrictions, responses, messages);
    }

    @Bean
    StopRule disputeRule(ActiveRestrictions restrictions, ConsumerInitiatedResponses responses,
                         ComplianceMessages messages) {
        return new StopRule(StopDefinition.DISPUTE, restrictions, responses, messages);
    }

    @Bean
    StopRule bankruptcyStayRule(ActiveRestrictions restrictions, ConsumerInitiatedResponses responses,
                                ComplianceMessages messages) {
        return new StopRule(StopDefinition.BANKRUPTCY, restrictions, responses, messages);
    }

    @Bean
    StopRule deceasedBorrowerRule(ActiveRestrictions restrictions, ConsumerInitiatedResponses responses,
                                  ComplianceMessages messages) {
        return new StopRule(StopDefinition.DECEASED, restrictions, responses, messages);
    }

    @Bean
    StopRule servicememberRule(ActiveRestrictions restrictions, ConsumerInitiatedResponses responses,
                               ComplianceMessages messages) {
        return new StopRule(StopDefinition.SERVICEMEMBER, restrictions, responses, messages);
    }

    @Bean
    StopRule hardshipRule(ActiveRestrictions restrictions, ConsumerInitiatedResponses responses,
                          ComplianceMessages messages) {
        return new StopRule(StopDefinition.HARDSHIP, restrictions, responses, messages);
    }
}
