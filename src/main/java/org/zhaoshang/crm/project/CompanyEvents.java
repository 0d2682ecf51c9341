package org.zhaoshang.crm.project;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.base.text.PinyinInitials;
import org.zhaoshang.crm.company.CompaniesMerged;
import org.zhaoshang.crm.company.CompanyChanged;
import org.zhaoshang.crm.company.CompanyService;

/**
 * Keeps projects in step with the company library. Runs synchronously inside the company transaction:
 * a merge that could not move its projects must not happen at all.
 */
@Component
class CompanyEvents {

    private final ProjectRepository projects;
    private final CompanyService companies;

    CompanyEvents(ProjectRepository projects, CompanyService companies) {
        this.projects = projects;
        this.companies = companies;
    }

    @EventListener
    void onMerged(CompaniesMerged event) {
        Long city = companies.hqCityOf(event.survivorId()).orElse(null);
        projects.findByCompanyId(event.mergedId()).forEach(p -> {
            p.moveToCompany(event.survivorId());
            p.locate(city);
        });
        projects.flush();
    }

    @EventListener
    void onChanged(CompanyChanged event) {
        projects.findByCompanyId(event.companyId()).forEach(p -> {
            p.reindex(PinyinInitials.searchKey(p.getName(), event.name(), event.shortName()));
            p.locate(event.hqCityId());
        });
    }
}
