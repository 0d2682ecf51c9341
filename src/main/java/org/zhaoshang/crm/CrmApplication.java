package org.zhaoshang.crm;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * 招商CRM: the investment-attraction CRM of a district government. Feature packages below this one
 * (org, security, company, project, trip, …) are the modules; {@code base} is the shared kernel.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CrmApplication {

    public static void main(String[] args) {
        SpringApplication.run(CrmApplication.class, args);
    }
}
