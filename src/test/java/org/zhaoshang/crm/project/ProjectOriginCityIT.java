package org.zhaoshang.crm.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhaoshang.crm.company.CompanyDraft;
import org.zhaoshang.crm.company.CompanyService;
import org.zhaoshang.crm.org.CitySummary;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.support.Actors;
import org.zhaoshang.crm.support.CrmIntegrationTest;

/**
 * The project list by origin city (the cockpit map's drill-down) follows the company's 总部所在地: set when the
 * project is entered, moved when the company's city is corrected.
 */
@CrmIntegrationTest
class ProjectOriginCityIT {

    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;
    @Autowired
    ReferenceDataService referenceData;
    @Autowired
    ProjectTestData data;
    @Autowired
    Actors actors;

    @Test
    void aCompanysCorrectedHomeCityTakesItsProjectsAlongInTheCityList() {
        List<CitySummary> cities = actors.as("admin", () -> referenceData.cities());
        Long hangzhou = cities.stream().filter(c -> c.name().equals("杭州")).findFirst().orElseThrow().id();
        Long shanghai = cities.stream().filter(c -> c.name().equals("上海")).findFirst().orElseThrow().id();
        String name = ProjectTestData.unique("来源城市");
        Long project = data.lead("staff", name);
        Long company = data.get("staff", project).companyId();
        assertThat(inCity("staff", hangzhou, name)).as("no city yet").isZero();

        actors.run("staff", () -> companies.save(withCity(company, hangzhou), true));
        assertThat(inCity("staff", hangzhou, name)).isEqualTo(1);

        actors.run("staff", () -> companies.save(withCity(company, shanghai), true));
        assertThat(inCity("staff", hangzhou, name)).isZero();
        assertThat(inCity("staff", shanghai, name)).isEqualTo(1);

        String second = ProjectTestData.unique("同一企业二期");
        Long another = actors.as("staff", () -> {
            var me = data.get("staff", project);
            return projects.create(ProjectDraft.newLead(second, company, ProjectSource.OTHER, me.ownerId(), me.responsibleUnitId()));
        });
        assertThat(another).isNotNull();
        assertThat(inCity("staff", shanghai, second)).as("a new project of the company starts in its city").isEqualTo(1);
    }

    private CompanyDraft withCity(Long company, Long city) {
        CompanyDraft d = CompanyDraft.of(actors.as("staff", () -> companies.get(company)));
        return new CompanyDraft(d.id(), d.version(), d.name(), d.shortName(), d.creditCode(), city, d.ownershipType(), d.parentGroup(),
                d.industryId(), d.website(), d.notes());
    }

    private long inCity(String user, Long city, String text) {
        return actors.as(user, () -> projects.count(ProjectFilter.none().withCity(city).withText(text)));
    }
}
