package org.zhaoshang.crm.project;

import java.math.BigDecimal;
import java.time.LocalDate;

public record AgreementRow(Long id, AgreementType type, String title, LocalDate signedOn, String parties,
        BigDecimal amount, String notes) {
}
