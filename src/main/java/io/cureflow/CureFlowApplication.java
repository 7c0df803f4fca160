package io.cureflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** CureFlow: a collections journey for every delinquent account, run by Camunda 7. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
public class CureFlowApplication {

    public static void main(String[] args) {
        SpringApplication.run(CureFlowApplication.class, args);
    }
}
