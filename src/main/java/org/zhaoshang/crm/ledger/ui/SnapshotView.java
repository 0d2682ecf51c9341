package org.zhaoshang.crm.ledger.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhaoshang.crm.base.ChineseDates;
import org.zhaoshang.crm.base.UrlParameters;
import org.zhaoshang.crm.base.ui.Notifications;
import org.zhaoshang.crm.base.ui.Refusals;
import org.zhaoshang.crm.ledger.ColumnKind;
import org.zhaoshang.crm.ledger.DiffKind;
import org.zhaoshang.crm.ledger.DiffRow;
import org.zhaoshang.crm.ledger.LedgerColumn;
import org.zhaoshang.crm.ledger.LedgerDiff;
import org.zhaoshang.crm.ledger.LedgerFilter;
import org.zhaoshang.crm.ledger.LedgerNavigation;
import org.zhaoshang.crm.ledger.LedgerService;
import org.zhaoshang.crm.ledger.LedgerSnapshotService;
import org.zhaoshang.crm.ledger.LedgerTexts;
import org.zhaoshang.crm.ledger.LedgerType;
import org.zhaoshang.crm.ledger.SnapshotSummary;

/**
 * 台账快照: the snapshots of a ledger (weekly, month end, by hand), each downloadable as the ledger it froze, and two
 * of them compared: rows added, removed and changed, changed cells highlighted with the value before, and the
 * comparison as an .xlsx sheet. The ledger and the two snapshots live in the URL. The retention rule is stated under
 * the help text; ADMIN may delete a snapshot after a confirmation (the service checks the role again).
 */
@Route("ledgers/snapshots")
@PermitAll
@StyleSheet("styles/ledger.css")
class SnapshotView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TAKEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final LedgerSnapshotService snapshots;
    private final LedgerTexts texts;
    private final Select<LedgerType> type = new Select<>();
    private final Grid<SnapshotSummary> list = new Grid<>();
    private final ComboBox<SnapshotSummary> older = new ComboBox<>();
    private final ComboBox<SnapshotSummary> newer = new ComboBox<>();
    private final RouterLink back;
    private final Paragraph summary = new Paragraph();
    private final Div result = new Div();
    private final Anchor exportDiff;
    private LedgerType current = LedgerType.SIGNED;
    private LedgerDiff diff;
    private boolean applyingUrl;

    SnapshotView(LedgerService ledgers, LedgerSnapshotService snapshots) {
        this.snapshots = snapshots;
        this.texts = ledgers.texts(UI.getCurrent().getLocale());
        addClassNames("list-view", "snapshot-view");
        back = new RouterLink(getTranslation("ledger.snapshot.back"), LedgerView.class);
        back.addClassName("toolbar-link");
        exportDiff = new Anchor(diffDownload(), "");
        exportDiff.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("ledger.diff.export")));
        exportDiff.addClassNames("export-link", "export-diff");
        add(header(), snapshotList(), comparePanel(), result);
    }

    private Component header() {
        type.setItems(LedgerType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.nameKey()));
        type.setAriaLabel(getTranslation("ledger.filter.type"));
        type.addValueChangeListener(e -> {
            if (!applyingUrl) {
                current = e.getValue();
                load(null, null);
            }
        });
        Button take = new Button(getTranslation("ledger.snapshot.take"), VaadinIcon.CAMERA.create(), e -> {
            SnapshotSummary taken = snapshots.take(current);
            Notifications.success(getTranslation("ledger.snapshot.taken", getTranslation(current.nameKey()), taken.rowCount()));
            load(null, null);
        });
        take.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        take.addClassName("take-snapshot");
        Paragraph help = new Paragraph(getTranslation("ledger.snapshot.help"));
        help.addClassName("help-text");
        Paragraph retention = new Paragraph(getTranslation("ledger.snapshot.retention", snapshots.weeklyKeptWeeks()));
        retention.addClassNames("help-text", "retention-rule");
        Div bar = new Div(type, take, back);
        bar.addClassName("toolbar");
        return new Div(bar, help, retention);
    }

    private Component snapshotList() {
        list.addClassName("dense");
        list.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        list.addColumn(s -> ChineseDates.format(s.asOf())).setHeader(getTranslation("ledger.snapshot.asOf")).setAutoWidth(true);
        list.addColumn(s -> texts.label("ledger.snapshotKind", s.kind().name())).setHeader(getTranslation("ledger.snapshot.kind"))
                .setAutoWidth(true);
        list.addColumn(s -> s.unitName() == null ? getTranslation("ledger.snapshot.district") : s.unitName())
                .setHeader(getTranslation("ledger.snapshot.scope")).setAutoWidth(true);
        list.addColumn(SnapshotSummary::rowCount).setHeader(getTranslation("ledger.snapshot.rows"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        list.addColumn(s -> TAKEN.format(s.takenAt()) + " " + s.takenBy()).setHeader(getTranslation("ledger.snapshot.takenAt"))
                .setAutoWidth(true);
        list.addComponentColumn(this::snapshotDownload).setHeader("").setAutoWidth(true);
        if (snapshots.mayDelete()) {
            list.addComponentColumn(this::deleteButton).setHeader("").setKey("delete").setAutoWidth(true);
        }
        list.setHeight("240px");
        return list;
    }

    private Component snapshotDownload(SnapshotSummary snapshot) {
        Long id = snapshot.id();
        String name = texts.title(snapshot.type()) + "_" + snapshot.asOf() + "_" + snapshot.id() + ".xlsx";
        DownloadHandler handler = event -> {
            event.setFileName(name);
            event.setContentType(ExportPanel.XLSX);
            snapshots.writeSnapshotXlsx(id, texts.locale(), event.getOutputStream(), n -> { });
        };
        Anchor link = new Anchor(handler, "");
        link.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("ledger.export.xlsx")));
        link.addClassName("export-link");
        return link;
    }

    private Component deleteButton(SnapshotSummary snapshot) {
        Button delete = new Button(getTranslation("ledger.snapshot.delete"), VaadinIcon.TRASH.create(), e -> confirmDelete(snapshot));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        delete.addClassName("delete-snapshot");
        return delete;
    }

    private void confirmDelete(SnapshotSummary snapshot) {
        String name = snapshotLabel(snapshot);
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("ledger.snapshot.deleteTitle"),
                getTranslation("ledger.snapshot.deleteText", name, snapshot.rowCount()),
                getTranslation("ledger.snapshot.delete"), e -> {
                    if (Refusals.attempt(this, () -> snapshots.delete(snapshot.id()), Notifications::error)) {
                        Notifications.success(getTranslation("ledger.snapshot.deleted", name));
                    }
                    load(diff == null ? null : diff.older().id(), diff == null ? null : diff.newer().id());
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.addClassName("delete-snapshot-dialog");
        dialog.open();
    }

    private Component comparePanel() {
        for (ComboBox<SnapshotSummary> box : List.of(older, newer)) {
            box.setItemLabelGenerator(this::snapshotLabel);
            box.addClassName("snapshot-pick");
        }
        older.setPlaceholder(getTranslation("ledger.diff.older"));
        older.setAriaLabel(getTranslation("ledger.diff.older"));
        newer.setPlaceholder(getTranslation("ledger.diff.newer"));
        newer.setAriaLabel(getTranslation("ledger.diff.newer"));
        Button compare = new Button(getTranslation("ledger.diff.compare"), VaadinIcon.EXCHANGE.create(), e -> compare());
        compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        compare.addClassName("compare-button");
        H3 heading = new H3(getTranslation("ledger.diff.heading"));
        List.<Component>of(older, newer).forEach(f -> f.getElement().getThemeList().add("small"));
        Div bar = new Div(older, newer, compare, exportDiff);
        bar.addClassName("filter-bar");
        summary.addClassName("diff-summary");
        return new Div(heading, bar, summary);
    }

    private String snapshotLabel(SnapshotSummary s) {
        String name = texts.get("ledger.snapshot.name", ChineseDates.format(s.asOf()), texts.label("ledger.snapshotKind", s.kind().name()));
        return (s.unitName() == null ? name : texts.get("ledger.snapshot.ofUnit", name, s.unitName())) + " · " + TAKEN.format(s.takenAt());
    }

    private void load(Long olderId, Long newerId) {
        List<SnapshotSummary> all = snapshots.list(current);
        list.setItems(all);
        applyingUrl = true;
        try {
            type.setValue(current);
            older.setItems(all);
            newer.setItems(all);
            older.setValue(pick(all, olderId).orElse(all.size() > 1 ? all.get(1) : null));
            newer.setValue(pick(all, newerId).orElse(all.isEmpty() ? null : all.getFirst()));
        } finally {
            applyingUrl = false;
        }
        if (older.getValue() != null && newer.getValue() != null && !older.getValue().equals(newer.getValue())) {
            compare();
        } else {
            diff = null;
            result.removeAll();
            summary.setText(getTranslation(all.size() < 2 ? "ledger.diff.needTwo" : "ledger.diff.pickTwo"));
            exportDiff.setVisible(false);
            updateUrl();
        }
    }

    private static Optional<SnapshotSummary> pick(List<SnapshotSummary> all, Long id) {
        return id == null ? Optional.empty() : all.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private void compare() {
        if (older.getValue() == null || newer.getValue() == null) {
            Notifications.error(getTranslation("ledger.diff.pickTwo"));
            return;
        }
        SnapshotSummary a = older.getValue();
        SnapshotSummary b = newer.getValue();
        // Whichever way round they were picked, the earlier snapshot is "before".
        if (a.takenAt().isAfter(b.takenAt())) {
            SnapshotSummary swap = a;
            a = b;
            b = swap;
        }
        diff = snapshots.compare(a.id(), b.id());
        summary.setText(texts.get("ledger.diff.line", snapshotLabel(a), snapshotLabel(b), diff.count(DiffKind.ADDED),
                diff.count(DiffKind.REMOVED), diff.count(DiffKind.CHANGED), diff.unchanged()));
        result.removeAll();
        result.add(diffGrid(diff));
        exportDiff.setVisible(true);
        updateUrl();
    }

    private Grid<DiffRow> diffGrid(LedgerDiff d) {
        Grid<DiffRow> grid = new Grid<>();
        grid.addClassNames("dense", "ledger-diff");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> texts.label("ledger.diff", r.kind().name())).setHeader(getTranslation("ledger.diff.kind"))
                .setKey("kind").setWidth("64px").setFlexGrow(0).setFrozen(true);
        List<LedgerColumn> columns = d.columns();
        for (int i = 0; i < columns.size(); i++) {
            int c = i;
            LedgerColumn column = columns.get(i);
            Grid.Column<DiffRow> gridColumn = grid.addColumn(r -> cellText(r, column, c)).setHeader(texts.header(column))
                    .setKey(column.key()).setResizable(true).setFlexGrow(0).setWidth(Math.max(64, column.width() * 11 + 16) + "px");
            gridColumn.setPartNameGenerator(r -> r.kind() == DiffKind.CHANGED && r.changed().contains(column.key()) ? "diff-changed" : null);
            if (column.kind() == ColumnKind.AMOUNT || column.kind() == ColumnKind.COUNT) {
                gridColumn.setTextAlign(ColumnTextAlign.END);
            }
        }
        grid.setPartNameGenerator(r -> switch (r.kind()) {
            case ADDED -> "diff-added";
            case REMOVED -> "diff-removed";
            case CHANGED -> null;
        });
        grid.setItems(d.rows());
        grid.setHeight("calc(100vh - 480px)");
        grid.setMinHeight("280px");
        return grid;
    }

    /** The current value; a changed cell also shows the value before. */
    private String cellText(DiffRow row, LedgerColumn column, int c) {
        String now = texts.display(column, row.current()[c]);
        if (row.kind() != DiffKind.CHANGED || !row.changed().contains(column.key())) {
            return now;
        }
        String before = texts.display(column, row.before()[c]);
        return texts.get("ledger.diff.cell", now.isEmpty() ? texts.get("ledger.diff.empty") : now,
                before.isEmpty() ? texts.get("ledger.diff.empty") : before);
    }

    private DownloadHandler diffDownload() {
        return event -> {
            LedgerDiff shown = diff;
            if (shown == null) {
                event.getResponse().setStatus(404);
                return;
            }
            event.setFileName(texts.get("ledger.diff.title", texts.title(shown.type())) + "_" + shown.older().asOf() + "_"
                    + shown.newer().asOf() + ".xlsx");
            event.setContentType(ExportPanel.XLSX);
            try {
                snapshots.writeDiffXlsx(shown, texts.locale(), event.getOutputStream());
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private void updateUrl() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("type", current.name());
        if (diff != null) {
            parameters.put("older", diff.older().id().toString());
            parameters.put("newer", diff.newer().id().toString());
        }
        UI.getCurrent().getPage().getHistory().replaceState(null,
                new Location(LedgerNavigation.SNAPSHOTS, QueryParameters.simple(parameters)));
        back.setQueryParameters(QueryParameters.simple(LedgerNavigation.toParameters(current, LedgerFilter.none())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        current = LedgerNavigation.typeOf(parameters);
        load(UrlParameters.id(parameters, "older"), UrlParameters.id(parameters, "newer"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ledger.snapshot.title") + " | " + getTranslation("app.title");
    }

    LedgerDiff diff() {
        return diff;
    }
}
