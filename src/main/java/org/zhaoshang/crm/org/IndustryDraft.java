package org.zhaoshang.crm.org;

public record IndustryDraft(Long id, long version, String code, String name, Long parentId, int sortOrder, boolean active) {

    public static IndustryDraft empty() {
        return new IndustryDraft(null, 0, "", "", null, 0, true);
    }

    public static IndustryDraft of(IndustrySummary industry) {
        return new IndustryDraft(industry.id(), industry.version(), industry.code(), industry.name(), industry.parentId(),
                industry.sortOrder(), industry.active());
    }
}
