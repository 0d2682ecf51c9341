package org.zhaoshang.crm.base.ui;

import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.zhaoshang.crm.base.NotFoundException;

/** 记录不存在: a link to a record that was removed or never existed. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class RecordNotFoundView extends ErrorPage<NotFoundException> {

    public RecordNotFoundView() {
        super("error.notFound", HttpServletResponse.SC_NOT_FOUND);
    }
}
