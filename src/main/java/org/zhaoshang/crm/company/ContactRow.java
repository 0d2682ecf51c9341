package org.zhaoshang.crm.company;

public record ContactRow(Long id, long version, Long companyId, String name, String title, String phone, String email,
        String wechat, String notes) {
}
