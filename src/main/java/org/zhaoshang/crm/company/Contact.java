package org.zhaoshang.crm.company;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.zhaoshang.crm.base.AbstractEntity;

@Entity
@Table(name = "company_contact")
class Contact extends AbstractEntity {

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(nullable = false, length = 50)
    private String name;

    @Column(length = 100)
    private String title;

    @Column(length = 30)
    private String phone;

    @Column(length = 120)
    private String email;

    @Column(length = 60)
    private String wechat;

    @Column(length = 500)
    private String notes;

    protected Contact() {
    }

    Contact(Long companyId) {
        this.companyId = companyId;
    }

    void update(ContactDraft draft) {
        this.name = draft.name().strip();
        this.title = Company.blankToNull(draft.title());
        this.phone = Company.blankToNull(draft.phone());
        this.email = Company.blankToNull(draft.email());
        this.wechat = Company.blankToNull(draft.wechat());
        this.notes = Company.blankToNull(draft.notes());
    }

    void moveTo(Long survivorId) {
        this.companyId = survivorId;
    }

    ContactRow toRow() {
        return new ContactRow(getId(), getVersion(), companyId, name, title, phone, email, wechat, notes);
    }

    Long getCompanyId() {
        return companyId;
    }
}
