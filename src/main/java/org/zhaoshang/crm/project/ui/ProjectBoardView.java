package org.zhaoshang.crm.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Set;
import org.zhaoshang.crm.base.Money;
import org.zhaoshang.crm.base.ui.Labels;
import org.zhaoshang.crm.base.ui.Notifications;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.project.BoardColumn;
import org.zhaoshang.crm.project.ProjectDetails;
import org.zhaoshang.crm.project.ProjectFilter;
import org.zhaoshang.crm.project.ProjectNavigation;
import org.zhaoshang.crm.project.ProjectService;
import org.zhaoshang.crm.project.ProjectSummary;
import org.zhaoshang.crm.project.Stage;

/**
 * 项目看板: a column per stage with its count and 万元 total; dragging a card to a later stage opens the
 * transition dialog (which asks for what that stage needs), to 搁置/终止 the reason dialog.
 */
@Route("projects/board")
@Menu(title = "nav.board", order = 11, icon = "vaadin:grid-big-o")
@PermitAll
class ProjectBoardView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final int CARDS = 30;

    private final ProjectService projects;
    private final ReferenceDataService referenceData;
    private final Div board = new Div();
    private ProjectFilter filter = ProjectFilter.none();

    ProjectBoardView(ProjectService projects, ReferenceDataService referenceData) {
        this.projects = projects;
        this.referenceData = referenceData;
        addClassName("board-view");
        board.addClassName("board");
        add(board);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = ProjectNavigation.fromParameters(event.getLocation().getQueryParameters().getParameters());
        refresh();
    }

    private void refresh() {
        board.removeAll();
        for (BoardColumn column : projects.board(filter, CARDS)) {
            board.add(column(column));
        }
    }

    private Component column(BoardColumn column) {
        Span title = new Span(Labels.of(this, column.stage()));
        title.addClassName("column-title");
        Span totals = new Span(getTranslation("project.board.column", column.count(), Money.format(column.totalInvestment())));
        totals.addClassName("column-totals");
        Div head = new Div(title, totals);
        head.addClassName("column-head");
        Div cards = new Div();
        cards.addClassName("column-cards");
        column.cards().forEach(card -> cards.add(card(card)));
        if (column.count() > column.cards().size()) {
            cards.add(new Anchor(ProjectNavigation.listUrl(filter.withStages(Set.of(column.stage()))),
                    getTranslation("project.board.more", column.count() - column.cards().size())));
        }
        Div col = new Div(head, cards);
        col.addClassNames("board-column", "column-" + column.stage().name().toLowerCase().replace('_', '-'));
        col.getElement().setAttribute("data-stage", column.stage().name());
        DropTarget<Div> target = DropTarget.create(col);
        target.setDropEffect(DropEffect.MOVE);
        target.addDropListener(e -> e.getDragData().ifPresent(data -> dropped((ProjectSummary) data, column.stage())));
        return col;
    }

    private Component card(ProjectSummary p) {
        RouterLink name = new RouterLink(p.name(), ProjectView.class, p.id());
        name.addClassName("card-name");
        Span company = new Span(p.companyName());
        company.addClassName("card-company");
        Span meta = new Span(p.totalInvestment() == null ? p.ownerName()
                : getTranslation("common.wan", Money.format(p.totalInvestment())) + " · " + p.ownerName());
        meta.addClassName("card-meta");
        Div card = new Div(name, company, meta);
        if (p.overdueStart()) {
            card.add(StageBadge.flag(getTranslation("project.badge.overdueStart"), "flag-overdue"));
        }
        if (p.stale()) {
            card.add(StageBadge.flag(getTranslation("project.badge.stale"), "flag-stale"));
        }
        card.addClassName("board-card");
        DragSource<Div> source = DragSource.create(card);
        source.setDragData(p);
        return card;
    }

    private void dropped(ProjectSummary card, Stage target) {
        if (card.stage() == target) {
            return;
        }
        ProjectDetails project = projects.get(card.id());
        if (target == Stage.ON_HOLD) {
            new ReasonDialog(getTranslation("project.hold.title"), List.of(), true,
                    (t, reason) -> projects.putOnHold(project.id(), project.version(), reason), this::refresh).open();
        } else if (target == Stage.DROPPED) {
            new ReasonDialog(getTranslation("project.drop.title"), List.of(), true,
                    (t, reason) -> projects.drop(project.id(), project.version(), reason), this::refresh).open();
        } else if (project.stage().inPipeline() && target.isAfter(project.stage())) {
            new TransitionDialog(projects, project, target, referenceData.areas(), this::refresh).open();
        } else if (project.stage().inPipeline() && project.stage().isAfter(target) && projects.mayStepBack()) {
            new ReasonDialog(getTranslation("project.action.stepBack"), List.of(target), true,
                    (t, reason) -> projects.stepBack(project.id(), project.version(), target, reason), this::refresh).open();
        } else {
            Notifications.error(getTranslation("project.error.notForward", Labels.of(this, project.stage()), Labels.of(this, target)));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("project.board.title") + " | " + getTranslation("app.title");
    }
}
