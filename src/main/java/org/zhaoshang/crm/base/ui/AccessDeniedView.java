package org.zhaoshang.crm.base.ui;

import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/**
 * 无权访问 when a service refuses (a direct URL to a record of another unit, a missing role): the refusal
 * comes from the service's check, not from a hidden button.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends ErrorPage<AccessDeniedException> {

    public AccessDeniedView() {
        super("error.accessDenied", HttpServletResponse.SC_FORBIDDEN);
    }
}
