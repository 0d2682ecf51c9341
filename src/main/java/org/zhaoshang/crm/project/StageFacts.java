package org.zhaoshang.crm.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the user supplies in the transition dialog; only the facts the target stage is missing are read.
 * Signing facts become an agreement record.
 */
public record StageFacts(LocalDate siteVisitDate, BigDecimal totalInvestment, Long areaId, LocalDate signDate,
        AgreementType agreementType, BigDecimal agreementAmount, String agreementTitle, String agreementParties,
        LocalDate landDate, LocalDate startDate, LocalDate operationDate) {

    public static StageFacts none() {
        return new StageFacts(null, null, null, null, null, null, null, null, null, null, null);
    }
}
