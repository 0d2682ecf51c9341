package org.zhaoshang.crm.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.zhaoshang.crm.support.Actors;
import org.zhaoshang.crm.support.CrmIntegrationTest;

/**
 * STAFF see their unit's projects and their own, UNIT_LEAD their unit's, LEADER and ADMIN all — in lists,
 * by id, and when changing. staff/unitlead are 区商务局, staff2 is 二七经开区管委会.
 */
@CrmIntegrationTest
class ProjectAccessIT {

    @Autowired
    ProjectService projects;
    @Autowired
    ProjectTestData data;
    @Autowired
    Actors actors;

    @Test
    void staffReachingAnotherUnitsProjectByIdAreRefused() {
        Long other = data.lead("staff2", ProjectTestData.unique("经开区项目"));

        assertThatThrownBy(() -> actors.run("staff", () -> projects.get(other))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actors.run("staff", () -> projects.timeline(other))).isInstanceOf(AccessDeniedException.class);
        long version = data.get("staff2", other).version();
        assertThatThrownBy(() -> actors.run("staff", () -> projects.putOnHold(other, version, "越权")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(data.get("staff2", other).stage()).isEqualTo(Stage.LEAD);
    }

    @Test
    void listsShowOnlyWhatTheUserMaySee() {
        String name = ProjectTestData.unique("可见性");
        Long mine = data.lead("staff", name + "商务局");
        Long theirs = data.lead("staff2", name + "经开区");
        ProjectFilter byName = ProjectFilter.none().withText(name);

        assertThat(ids("staff", byName)).containsExactly(mine);
        assertThat(ids("unitlead", byName)).containsExactly(mine);
        assertThat(ids("staff2", byName)).containsExactly(theirs);
        assertThat(ids("leader", byName)).containsExactlyInAnyOrder(mine, theirs);
        assertThat(ids("admin", byName)).containsExactlyInAnyOrder(mine, theirs);
        assertThat(actors.as("staff", () -> projects.count(byName))).isEqualTo(1);
    }

    @Test
    void aUnitLeadSeesAndEditsTheUnitsProjectsButNotOtherUnits() {
        Long staffs = data.lead("staff", ProjectTestData.unique("单位负责人可见"));
        Long other = data.lead("staff2", ProjectTestData.unique("单位负责人不可见"));

        ProjectDetails seen = data.get("unitlead", staffs);
        actors.run("unitlead", () -> projects.update(ProjectDraft.of(seen).withTotalInvestment(ProjectTestData.wan(800))));
        assertThat(data.get("staff", staffs).totalInvestment()).isEqualByComparingTo("800");
        assertThatThrownBy(() -> actors.run("unitlead", () -> projects.get(other))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staffCannotFileAProjectUnderAnotherUnitsName() {
        ProjectDetails template = data.get("staff", data.lead("staff", ProjectTestData.unique("单位归属")));
        Long otherUnit = data.get("staff2", data.lead("staff2", ProjectTestData.unique("经开区归属"))).responsibleUnitId();
        ProjectDraft d = ProjectDraft.of(template);
        ProjectDraft moved = new ProjectDraft(d.id(), d.version(), d.name(), d.companyId(), d.industryId(), d.investmentMode(),
                d.totalInvestment(), null, null, null, null, null, null, null, null, d.source(), null,
                data.get("staff2", data.lead("staff2", ProjectTestData.unique("责任人"))).ownerId(), otherUnit, null, false, false,
                false, null, null, null, null, null, null, null, null, null, null, null, null);

        assertThatThrownBy(() -> actors.run("staff", () -> projects.update(moved))).isInstanceOf(AccessDeniedException.class);
        assertThat(data.get("staff", template.id()).responsibleUnitName()).isEqualTo("区商务局");
    }

    private List<Long> ids(String username, ProjectFilter filter) {
        return actors.as(username, () -> projects.list(filter, 0, 50, List.of())).stream().map(ProjectSummary::id).toList();
    }
}
