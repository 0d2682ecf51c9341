package org.zhaoshang.crm.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** 无权访问 for a view the user's role may not open (Vaadin's navigation access control). */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class RouteAccessDeniedView extends ErrorPage<AccessDeniedException> {

    public RouteAccessDeniedView() {
        super("error.accessDenied", HttpServletResponse.SC_FORBIDDEN);
    }
}
