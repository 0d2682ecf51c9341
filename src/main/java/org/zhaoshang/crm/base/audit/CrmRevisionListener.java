package org.zhaoshang.crm.base.audit;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the signed-in user (or "system" for jobs, which run as the system actor). */
public class CrmRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        ((CrmRevision) revisionEntity).setUsername(authentication == null ? "system" : authentication.getName());
    }
}
