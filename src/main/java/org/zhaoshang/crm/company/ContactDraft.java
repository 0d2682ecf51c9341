package org.zhaoshang.crm.company;

public record ContactDraft(Long id, long version, Long companyId, String name, String title, String phone,
        String email, String wechat, String notes) {

    public static ContactDraft forCompany(Long companyId) {
        return new ContactDraft(null, 0, companyId, "", "", "", "", "", "");
    }

    public static ContactDraft of(ContactRow row) {
        return new ContactDraft(row.id(), row.version(), row.companyId(), row.name(), row.title(), row.phone(),
                row.email(), row.wechat(), row.notes());
    }
}
