package org.zhaoshang.crm.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.zhaoshang.crm.base.BusinessException;
import org.zhaoshang.crm.base.ConcurrentEditException;
import org.zhaoshang.crm.support.CrmIntegrationTest;

@CrmIntegrationTest
class ReferenceDataServiceIT {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    ReferenceDataService referenceData;

    @Test
    @WithUserDetails("admin")
    void adminAddsAUnitWithAChineseName() {
        String code = uniqueCode();
        UnitSummary saved = referenceData.saveUnit(new UnitDraft(null, 0, code, "粮二库二期专班" + code, UnitType.TASK_FORCE, 500, true));

        assertThat(referenceData.unit(saved.id()).name()).isEqualTo("粮二库二期专班" + code);
        assertThat(referenceData.units()).extracting(UnitSummary::code).contains(code.toUpperCase());
    }

    @Test
    @WithUserDetails("staff")
    void staffMayReadButNotChangeReferenceData() {
        int before = referenceData.units().size();

        assertThatThrownBy(() -> referenceData.saveUnit(new UnitDraft(null, 0, uniqueCode(), "越权单位", UnitType.TOWN, 0, true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(referenceData.units()).hasSize(before);
    }

    @Test
    @WithUserDetails("admin")
    void aDuplicateUnitCodeIsRefusedAndNothingIsAdded() {
        int before = referenceData.units().size();

        assertThatThrownBy(() -> referenceData.saveUnit(new UnitDraft(null, 0, "swj", "另一个商务局", UnitType.TOWN, 0, true)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("org.error.codeTaken"));
        assertThat(referenceData.units()).hasSize(before);
    }

    @Test
    @WithUserDetails("admin")
    void theSecondOfTwoConcurrentEditsIsRefusedAndTheFirstIsKept() {
        String code = uniqueCode();
        UnitSummary unit = referenceData.saveUnit(new UnitDraft(null, 0, code, "并发测试" + code, UnitType.TOWN, 0, true));
        UnitDraft mine = UnitDraft.of(unit);
        UnitDraft theirs = UnitDraft.of(unit);

        referenceData.saveUnit(new UnitDraft(theirs.id(), theirs.version(), code, "对方先改" + code, UnitType.TOWN, 0, true));

        assertThatThrownBy(() -> referenceData.saveUnit(
                new UnitDraft(mine.id(), mine.version(), code, "我后改" + code, UnitType.TOWN, 0, true)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(referenceData.unit(unit.id()).name()).isEqualTo("对方先改" + code);
    }

    @Test
    @WithUserDetails("admin")
    void theIndustryTreeHasTwoLevelsOnly() {
        IndustrySummary food = referenceData.industries().stream().filter(i -> i.name().equals("食品")).findFirst().orElseThrow();
        assertThat(food.parentName()).isEqualTo("低碳科技型工业");

        assertThatThrownBy(() -> referenceData.saveIndustry(new IndustryDraft(null, 0, uniqueCode(), "烘焙", food.id(), 0, true)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("org.error.tooDeep"));
    }

    @Test
    @WithUserDetails("admin")
    void industriesAreListedWheelFirstThenItsBranches() {
        var tree = referenceData.industries();
        int wheel = indexOf(tree, "高成长服务业");
        assertThat(tree.get(wheel + 1).parentName()).isEqualTo("高成长服务业");
        assertThat(indexOf(tree, "低碳科技型工业")).isGreaterThan(indexOf(tree, "商贸"));
    }

    private static int indexOf(java.util.List<IndustrySummary> tree, String name) {
        for (int i = 0; i < tree.size(); i++) {
            if (tree.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " missing");
    }

    static String uniqueCode() {
        return "T" + ProcessHandle.current().pid() % 1000 + "X" + SEQ.incrementAndGet();
    }
}
