package org.zhaoshang.crm.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.zhaoshang.crm.base.BusinessException;
import org.zhaoshang.crm.project.ProjectFilter;
import org.zhaoshang.crm.project.ProjectService;
import org.zhaoshang.crm.project.ProjectSummary;
import org.zhaoshang.crm.project.ProjectTestData;
import org.zhaoshang.crm.support.Actors;
import org.zhaoshang.crm.support.CrmIntegrationTest;

/** The credit-code check, the duplicate rules and the ADMIN merge, against the real database. */
@CrmIntegrationTest
class CompanyServiceIT {

    private static int counter;

    @Autowired
    CompanyService companies;
    @Autowired
    ProjectService projects;
    @Autowired
    ProjectTestData data;
    @Autowired
    Actors actors;

    @Test
    void aValidCreditCodeIsStoredUpperCaseAndATakenOneIsRefusedWithTheExistingCompany() {
        String code = validCode();
        Long first = save("staff", ProjectTestData.unique("信用代码甲") + "有限公司", code.toLowerCase(), true);
        assertThat(actors.as("staff", () -> companies.get(first)).creditCode()).isEqualTo(code);

        long before = actors.as("staff", () -> companies.count(CompanyFilter.none()));
        assertThatThrownBy(() -> save("staff", ProjectTestData.unique("信用代码乙") + "有限公司", code, true))
                .isInstanceOfSatisfying(DuplicateCreditCodeException.class, e -> assertThat(e.existing().id()).isEqualTo(first));
        assertThat(actors.as("staff", () -> companies.count(CompanyFilter.none()))).isEqualTo(before);
    }

    @Test
    void aCreditCodeWithAWrongCheckCharacterOrLengthIsRefused() {
        String good = validCode();
        char wrong = good.charAt(17) == '0' ? '1' : '0';
        String bad = good.substring(0, 17) + wrong;

        assertRefused(() -> save("staff", ProjectTestData.unique("校验位") + "有限公司", bad, true), "company.error.creditCode.CHECK_DIGIT");
        assertRefused(() -> save("staff", ProjectTestData.unique("长度") + "有限公司", "91410103", true), "company.error.creditCode.LENGTH");
    }

    @Test
    void aNameCloseToAnExistingCompanyAsksBeforeSaving() {
        String brand = ProjectTestData.unique("薪太软测试");
        Long existing = save("staff", "上海" + brand + "科技有限公司", null, true);

        assertThatThrownBy(() -> save("staff", brand + "科技", null, false))
                .isInstanceOfSatisfying(SimilarCompaniesException.class,
                        e -> assertThat(e.similar()).extracting(CompanyRef::id).contains(existing));
        Long confirmed = save("staff", brand + "科技", null, true);
        assertThat(confirmed).isNotEqualTo(existing);
    }

    @Test
    void unrelatedNamesDoNotWarn() {
        save("staff", ProjectTestData.unique("昆仑测试") + "饮品有限公司", null, true);
        assertThat(actors.as("staff", () -> companies.similarTo(ProjectTestData.unique("洛川测试") + "食品有限公司", null))).isEmpty();
    }

    @Test
    void aContactWithAMalformedPhoneOrEmailIsRefused() {
        Long company = save("staff", ProjectTestData.unique("联系人") + "有限公司", null, true);

        assertRefused(() -> actors.run("staff", () -> companies.saveContact(new ContactDraft(null, 0, company, "张经理", "总经理",
                "电话待补", null, null, null))), "validation.phone");
        assertRefused(() -> actors.run("staff", () -> companies.saveContact(new ContactDraft(null, 0, company, "张经理", "总经理",
                "13800138000", "zhang@", null, null))), "validation.email");
        actors.run("staff", () -> companies.saveContact(new ContactDraft(null, 0, company, "张经理", "总经理", "0371-6888 8888",
                "zhang@example.com", "zhang_wx", null)));
        assertThat(actors.as("staff", () -> companies.contacts(company))).singleElement()
                .satisfies(c -> assertThat(c.phone()).isEqualTo("0371-6888 8888"));
    }

    @Test
    void anAdminMergesADuplicateMovingItsProjectsAndContacts() {
        String name = ProjectTestData.unique("合并测试");
        Long survivor = save("staff", name + "集团有限公司", null, true);
        Long duplicateProject = data.lead("staff", name + "重复录入");
        Long duplicate = actors.as("staff", () -> projects.get(duplicateProject)).companyId();
        actors.run("staff", () -> companies.saveContact(new ContactDraft(null, 0, duplicate, "王总", null, null, null, null, null)));

        assertThatThrownBy(() -> actors.run("staff", () -> companies.merge(survivor, duplicate))).isInstanceOf(AccessDeniedException.class);
        actors.run("admin", () -> companies.merge(survivor, duplicate));

        assertThat(actors.as("staff", () -> projects.get(duplicateProject)).companyId()).isEqualTo(survivor);
        assertThat(actors.as("staff", () -> companies.contacts(survivor))).extracting(ContactRow::name).containsExactly("王总");
        assertThat(actors.as("staff", () -> companies.ref(duplicate))).isEmpty();
        List<ProjectSummary> ofSurvivor = actors.as("staff", () -> projects.list(ProjectFilter.none().withCompany(survivor), 0, 10, List.of()));
        assertThat(ofSurvivor).extracting(ProjectSummary::id).containsExactly(duplicateProject);
    }

    private Long save(String username, String name, String creditCode, boolean confirmed) {
        return actors.as(username, () -> companies.save(new CompanyDraft(null, 0, name, null, creditCode, null, null, null,
                null, null, null), confirmed));
    }

    private void assertRefused(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    /** A code with a correct check character, different on every call (and every run). */
    private static synchronized String validCode() {
        counter++;
        String body = String.format("9141010%010d", (System.nanoTime() / 1000 + counter) % 10_000_000_000L);
        return body + CreditCode.checkCharacter(body);
    }
}
