package org.zhaoshang.crm.project;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.company.CompanyDraft;
import org.zhaoshang.crm.company.CompanyService;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.org.UserAccountService;
import org.zhaoshang.crm.org.UserRef;
import org.zhaoshang.crm.support.Actors;

/** Builds companies and projects through the services, as a given demo user, with unique names. */
@Component
public class ProjectTestData {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final Actors actors;
    private final CompanyService companies;
    private final ProjectService projects;
    private final ReferenceDataService referenceData;
    private final UserAccountService users;

    ProjectTestData(Actors actors, CompanyService companies, ProjectService projects, ReferenceDataService referenceData,
            UserAccountService users) {
        this.actors = actors;
        this.companies = companies;
        this.projects = projects;
        this.referenceData = referenceData;
        this.users = users;
    }

    public static String unique(String prefix) {
        return prefix + ProcessHandle.current().pid() % 997 + "号" + SEQ.incrementAndGet();
    }

    public Long company(String username, String name) {
        return actors.as(username, () -> companies.save(CompanyDraft.named(name), true));
    }

    /** A new lead owned by the user, in the user's unit, for a new company. */
    public Long lead(String username, String name) {
        return actors.as(username, () -> {
            UserRef me = users.pickList(null).stream()
                    .filter(u -> u.id().equals(org.springframework.security.core.context.SecurityContextHolder.getContext()
                            .getAuthentication().getPrincipal() instanceof org.zhaoshang.crm.security.CrmPrincipal p ? p.userId() : null))
                    .findFirst().orElseThrow();
            Long companyId = companies.save(CompanyDraft.named(name + "有限公司"), true);
            return projects.create(ProjectDraft.newLead(name, companyId, ProjectSource.OTHER, me.id(), me.unitId()));
        });
    }

    public Long areaId(String name) {
        return referenceData.areas().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow().id();
    }

    public ProjectDetails get(String username, Long id) {
        return actors.as(username, () -> projects.get(id));
    }

    public static BigDecimal wan(long amount) {
        return BigDecimal.valueOf(amount).setScale(2);
    }
}
