package org.zhaoshang.crm.project;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.org.Role;
import org.zhaoshang.crm.security.CrmPrincipal;
import org.zhaoshang.crm.security.CurrentUser;

/**
 * Who sees and edits which project: STAFF their unit's projects and those they own, UNIT_LEAD their unit's
 * (and their own), LEADER and ADMIN all. The same rule as SQL narrows every list.
 */
@Component
class ProjectAccess {

    private final CurrentUser currentUser;

    ProjectAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    CrmPrincipal me() {
        return currentUser.require();
    }

    boolean seesAll(CrmPrincipal user) {
        return user.role() == Role.LEADER || user.role() == Role.ADMIN;
    }

    boolean canSee(CrmPrincipal user, Long responsibleUnitId, Long ownerId) {
        return seesAll(user) || user.unitId().equals(responsibleUnitId) || user.userId().equals(ownerId);
    }

    void checkSee(Project project) {
        if (!canSee(me(), project.getResponsibleUnitId(), project.getOwnerId())) {
            throw new AccessDeniedException("Project " + project.getId() + " belongs to another unit");
        }
    }

    /** Going back a stage and restoring a dropped project are for leaders and administrators. */
    void checkMayStepBack() {
        if (!seesAll(me())) {
            throw new AccessDeniedException("Only LEADER and ADMIN may move a project back");
        }
    }

    /** SQL condition on table alias {@code p} with parameters {@code :accessUnit} and {@code :accessUser}. */
    String sqlCondition(CrmPrincipal user) {
        return seesAll(user) ? "1 = 1" : "(p.responsible_unit_id = :accessUnit or p.owner_id = :accessUser)";
    }
}
