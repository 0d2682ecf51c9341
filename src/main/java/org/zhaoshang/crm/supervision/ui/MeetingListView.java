package org.zhaoshang.crm.supervision.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.zhaoshang.crm.base.ChineseDates;
import org.zhaoshang.crm.base.ui.Labels;
import org.zhaoshang.crm.org.Role;
import org.zhaoshang.crm.supervision.MeetingRow;
import org.zhaoshang.crm.supervision.MeetingService;
import org.zhaoshang.crm.supervision.SupervisionNavigation;

/** 会议: 推进会, 专题会, 现场办公, 项目服务日 with how many of their decisions are still open; minutes as Word. */
@Route("meetings")
@Menu(title = "nav.meetings", order = 16, icon = "vaadin:group")
@PermitAll
class MeetingListView extends Main implements HasDynamicTitle {

    MeetingListView(MeetingService meetings, AuthenticationContext authentication) {
        addClassNames("list-view", "meeting-list");
        Div toolbar = new Div();
        toolbar.addClassName("toolbar");
        if (authentication.hasAnyRole(Role.Names.LEADER, Role.Names.ADMIN, Role.Names.UNIT_LEAD)) {
            Button add = new Button(getTranslation("meeting.new"), VaadinIcon.PLUS.create(), e -> UI.getCurrent().navigate("meetings/new"));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            add.addClassName("new-meeting");
            toolbar.add(add);
        }
        Grid<MeetingRow> grid = new Grid<>(MeetingRow.class, false);
        grid.addClassName("dense");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(m -> ChineseDates.format(m.heldOn())).setHeader(getTranslation("meeting.field.heldOn")).setWidth("130px").setFlexGrow(0);
        grid.addColumn(m -> Labels.of(this, m.kind())).setHeader(getTranslation("meeting.field.kind")).setWidth("100px").setFlexGrow(0);
        grid.addComponentColumn(m -> {
            Anchor title = new Anchor(SupervisionNavigation.meetingUrl(m.id()), m.title());
            title.addClassName("meeting-link");
            return title;
        }).setHeader(getTranslation("meeting.field.title")).setFlexGrow(3).setComparator(MeetingRow::title);
        grid.addColumn(MeetingRow::chair).setHeader(getTranslation("meeting.field.chair")).setWidth("100px").setFlexGrow(0);
        grid.addColumn(MeetingRow::decisions).setHeader(getTranslation("meeting.field.decisions")).setTextAlign(ColumnTextAlign.END)
                .setWidth("90px").setFlexGrow(0);
        grid.addColumn(MeetingRow::openDecisions).setHeader(getTranslation("meeting.field.open")).setTextAlign(ColumnTextAlign.END)
                .setWidth("90px").setFlexGrow(0);
        grid.addComponentColumn(m -> {
            DownloadHandler minutes = event -> {
                event.setFileName(m.title() + "会议纪要.docx");
                event.setContentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
                meetings.writeMinutes(m.id(), event.getOutputStream());
            };
            Anchor link = new Anchor(minutes, getTranslation("meeting.minutes"));
            link.addClassName("meeting-minutes");
            return link;
        }).setWidth("160px").setFlexGrow(0);
        grid.setItems(meetings.list());
        grid.setHeight("calc(100vh - 200px)");
        add(toolbar, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.meetings") + " | " + getTranslation("app.title");
    }
}
