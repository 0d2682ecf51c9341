package org.zhaoshang.crm.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.zhaoshang.crm.base.AbstractEntity;

/** A signed agreement (框架协议, 战略合作协议 …): date, parties and amount in 万元. */
@Entity
@Table(name = "project_agreement")
class Agreement extends AbstractEntity {

    @Column(name = "project_id", nullable = false)
    private Long projectId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AgreementType type;
    @Column(length = 200)
    private String title;
    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;
    @Column(length = 500)
    private String parties;
    @Column(precision = 16, scale = 2)
    private BigDecimal amount;
    @Column(length = 1000)
    private String notes;

    protected Agreement() {
    }

    Agreement(Long projectId, AgreementType type, String title, LocalDate signedOn, String parties, BigDecimal amount) {
        this.projectId = projectId;
        this.type = type;
        this.title = title == null || title.isBlank() ? null : title.strip();
        this.signedOn = signedOn;
        this.parties = parties == null || parties.isBlank() ? null : parties.strip();
        this.amount = amount;
    }

    AgreementType getType() {
        return type;
    }

    LocalDate getSignedOn() {
        return signedOn;
    }

    BigDecimal getAmount() {
        return amount;
    }

    AgreementRow toRow() {
        return new AgreementRow(getId(), type, title, signedOn, parties, amount, notes);
    }
}
