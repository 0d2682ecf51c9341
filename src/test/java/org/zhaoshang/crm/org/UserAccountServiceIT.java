package org.zhaoshang.crm.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.zhaoshang.crm.base.BusinessException;
import org.zhaoshang.crm.support.CrmIntegrationTest;

@CrmIntegrationTest
class UserAccountServiceIT {

    @Autowired
    UserAccountService accounts;

    @Autowired
    ReferenceDataService referenceData;

    @Test
    @WithUserDetails("admin")
    void adminCreatesAUserWhoseUnitAndRoleAreListed() {
        String username = "u" + System.nanoTime() % 10000000;
        Long unitId = unitId("SWJ");

        accounts.saveUser(new UserDraft(null, 0, username, "测试专员", "招商专员", "t@zhaoshang.example", "0371-12345678",
                unitId, Role.STAFF, true, "secret123"));

        UserSummary created = accounts.users().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
        assertThat(created.unitName()).isEqualTo("区商务局");
        assertThat(created.role()).isEqualTo(Role.STAFF);
        assertThat(accounts.findLoginAccount(username).orElseThrow().passwordHash()).startsWith("{bcrypt}");
    }

    @Test
    @WithUserDetails("admin")
    void malformedEmailPhoneAndShortPasswordsAreRefusedWithoutCreatingAnything() {
        int before = accounts.users().size();
        Long unitId = unitId("SWJ");

        assertRefused(new UserDraft(null, 0, "bademail", "甲", null, "not-an-email", null, unitId, Role.STAFF, true, "secret123"),
                "validation.email");
        assertRefused(new UserDraft(null, 0, "badphone", "乙", null, null, "电话号码", unitId, Role.STAFF, true, "secret123"),
                "validation.phone");
        assertRefused(new UserDraft(null, 0, "shortpw", "丙", null, null, null, unitId, Role.STAFF, true, "abc"),
                "org.error.passwordTooShort");
        assertRefused(new UserDraft(null, 0, "staff", "丁", null, null, null, unitId, Role.STAFF, true, "secret123"),
                "org.error.usernameTaken");
        assertThat(accounts.users()).hasSize(before);
    }

    @Test
    @WithUserDetails("unitlead")
    void aUnitLeadCannotManageUsers() {
        assertThatThrownBy(() -> accounts.users()).isInstanceOf(AccessDeniedException.class);
    }

    private void assertRefused(UserDraft draft, String key) {
        assertThatThrownBy(() -> accounts.saveUser(draft))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private Long unitId(String code) {
        return referenceData.units().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow().id();
    }
}
