package org.zhaoshang.crm.ledger.importing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
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
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.zhaoshang.crm.base.BusinessException;
import org.zhaoshang.crm.base.Money;
import org.zhaoshang.crm.base.ui.Notifications;
import org.zhaoshang.crm.company.CompanyRef;
import org.zhaoshang.crm.ledger.LedgerType;
import org.zhaoshang.crm.ledger.importing.AmountUnit;
import org.zhaoshang.crm.ledger.importing.ColumnMapping;
import org.zhaoshang.crm.ledger.importing.FieldChange;
import org.zhaoshang.crm.ledger.importing.FileFormat;
import org.zhaoshang.crm.ledger.importing.ImportLimits;
import org.zhaoshang.crm.ledger.importing.ImportLogRow;
import org.zhaoshang.crm.ledger.importing.ImportOptions;
import org.zhaoshang.crm.ledger.importing.ImportPreview;
import org.zhaoshang.crm.ledger.importing.ImportProgress;
import org.zhaoshang.crm.ledger.importing.ImportResult;
import org.zhaoshang.crm.ledger.importing.LedgerField;
import org.zhaoshang.crm.ledger.importing.LedgerFile;
import org.zhaoshang.crm.ledger.importing.LedgerImportService;
import org.zhaoshang.crm.ledger.importing.PreviewRow;
import org.zhaoshang.crm.ledger.importing.Problem;
import org.zhaoshang.crm.ledger.importing.RowAction;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.org.Role;
import org.zhaoshang.crm.org.UnitSummary;
import org.zhaoshang.crm.security.CrmPrincipal;
import org.zhaoshang.crm.security.CurrentUser;

/**
 * 台账导入: upload → choose the ledger type → check the column mapping (a combo per column) → preview every row
 * with its status, problems and what it will do → confirm. Reading, checking and writing run in the background
 * with a progress bar; the screen polls while they run (the app does not use server push).
 */
@Route("ledger-import")
@Menu(title = "ledgerimport.nav", order = 31, icon = "vaadin:upload")
@PermitAll
@StyleSheet("styles/ledger-import.css")
class LedgerImportView extends Main implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(LedgerImportView.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
    private static final int POLL_MILLIS = 400;

    private final LedgerImportService imports;
    private final ImportJobs jobs;
    private final CrmPrincipal me;

    private final Select<LedgerType> type = new Select<>();
    private final ComboBox<UnitSummary> defaultUnit = new ComboBox<>();
    private final IntegerField periodYear = new IntegerField();
    private final Div progressPanel = new Div();
    private final Span progressLabel = new Span();
    private final ProgressBar progressBar = new ProgressBar();
    private final Div mappingPanel = new Div();
    private final Div previewPanel = new Div();
    private final Grid<ImportLogRow> recent = new Grid<>(ImportLogRow.class, false);
    private Upload upload;

    /** The uploaded file, kept until another is chosen or the view closes (to switch sheets). */
    private Path uploaded;
    private String uploadedName;
    private LedgerFile file;
    private ColumnMapping mapping;
    private ImportPreview preview;
    private ImportOptions options;
    /** 归入已有企业 chosen in the preview, by row number; cleared when the file, the type or the mapping changes. */
    private final Map<Integer, Long> companyChoices = new HashMap<>();
    private boolean busy;

    LedgerImportView(LedgerImportService imports, ImportJobs jobs, ReferenceDataService referenceData, CurrentUser currentUser) {
        this.imports = imports;
        this.jobs = jobs;
        this.me = currentUser.require();
        addClassNames("ledger-import-view");

        Paragraph intro = new Paragraph(getTranslation("ledgerimport.intro"));
        intro.addClassName("import-intro");

        type.setLabel(getTranslation("ledgerimport.type"));
        type.setItems(imports.importableTypes());
        type.setItemLabelGenerator(t -> getTranslation(t.nameKey()));
        type.setValue(LedgerType.SIGNED);
        type.addValueChangeListener(e -> {
            if (file != null) {
                // The same header means another field in another ledger (类别: a batch, or a problem's category).
                mapping = imports.suggestMapping(file, e.getValue());
                showMapping();
            }
        });

        Div settings = new Div(type);
        settings.addClassName("import-settings");
        boolean seesAll = me.role() == Role.LEADER || me.role() == Role.ADMIN;
        if (seesAll) {
            defaultUnit.setLabel(getTranslation("ledgerimport.defaultUnit"));
            defaultUnit.setHelperText(getTranslation("ledgerimport.defaultUnit.help"));
            List<UnitSummary> units = referenceData.units().stream().filter(UnitSummary::active).toList();
            defaultUnit.setItems(units);
            defaultUnit.setItemLabelGenerator(UnitSummary::name);
            units.stream().filter(u -> u.id().equals(me.unitId())).findFirst().ifPresent(defaultUnit::setValue);
            settings.add(defaultUnit);
        } else {
            Span own = new Span(getTranslation("ledgerimport.ownUnit", me.unitName()));
            own.addClassName("own-unit");
            settings.add(own);
        }
        periodYear.setLabel(getTranslation("ledgerimport.periodYear"));
        periodYear.setHelperText(getTranslation("ledgerimport.periodYear.help"));
        periodYear.setMin(1990);
        periodYear.setMax(2100);
        periodYear.setStepButtonsVisible(false);
        settings.add(periodYear);

        progressBar.setMin(0);
        progressBar.setMax(1);
        progressPanel.add(progressLabel, progressBar);
        progressPanel.addClassName("import-progress");
        progressPanel.setVisible(false);
        mappingPanel.addClassName("import-mapping");
        previewPanel.addClassName("import-preview");

        add(intro, step("ledgerimport.step.upload"), settings, templateLink(), uploadField(), progressPanel, mappingPanel,
                previewPanel, recentImports());
    }

    private Component step(String key) {
        H3 title = new H3(getTranslation(key));
        title.addClassName("import-step");
        return title;
    }

    /** A blank ledger of the chosen type, whose headers the import recognises. */
    private Component templateLink() {
        DownloadHandler handler = event -> {
            LedgerType chosen = type.getValue() == null ? LedgerType.SIGNED : type.getValue();
            event.setFileName(getTranslation(chosen.nameKey()) + "-" + getTranslation("ledgerimport.template.file") + ".xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            imports.writeTemplate(chosen, event.getOutputStream());
        };
        Anchor link = new Anchor(handler, "");
        link.add(VaadinIcon.FILE_TABLE.create(), new Span(getTranslation("ledgerimport.template.link")));
        link.addClassName("template-link");
        return link;
    }

    // ---------------------------------------------------------------- upload and reading

    private Upload uploadField() {
        UI ui = UI.getCurrent();
        upload = new Upload(UploadHandler.toTempFile((metadata, temp) -> ui.access(() -> received(metadata.fileName(), temp))));
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) ImportLimits.MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".xlsx", ".xls", ".csv", ".txt",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-excel", "text/csv");
        upload.setDropLabel(new Span(getTranslation("ledgerimport.upload.drop")));
        upload.setUploadButton(new Button(getTranslation("ledgerimport.upload.choose"), VaadinIcon.UPLOAD.create()));
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("ledgerimport.upload.rejected",
                e.getErrorMessage())));
        upload.addClassName("import-upload");
        return upload;
    }

    private void received(String fileName, File temp) {
        forgetUpload();
        uploaded = temp.toPath();
        uploadedName = fileName;
        upload.clearFileList();
        read(null);
    }

    private void read(Integer sheetIndex) {
        Path source = uploaded;
        String name = uploadedName;
        mappingPanel.removeAll();
        previewPanel.removeAll();
        file = null;
        preview = null;
        companyChoices.clear();
        inBackground(getTranslation("ledgerimport.reading", name),
                progress -> imports.read(source, name, sheetIndex, progress),
                read -> {
                    file = read;
                    mapping = imports.suggestMapping(read, type.getValue());
                    showMapping();
                });
    }

    // ---------------------------------------------------------------- mapping

    private void showMapping() {
        mappingPanel.removeAll();
        previewPanel.removeAll();
        preview = null;
        companyChoices.clear();
        mappingPanel.add(step("ledgerimport.step.mapping"));
        Paragraph summary = new Paragraph(file.format() == FileFormat.CSV
                ? getTranslation("ledgerimport.file.summaryCsv", file.fileName(), file.encoding(), file.headerRowNumber(), file.rows().size())
                : getTranslation("ledgerimport.file.summary", file.fileName(), file.sheetName(), file.headerRowNumber(), file.rows().size()));
        summary.addClassName("file-summary");
        mappingPanel.add(summary);
        if (!file.title().isBlank()) {
            mappingPanel.add(note(getTranslation("ledgerimport.file.titleFound", shorten(file.title(), 80))));
        }
        if (file.blankRows() > 0) {
            mappingPanel.add(note(getTranslation("ledgerimport.file.blankRows", file.blankRows())));
        }
        if (file.sheetNames().size() > 1) {
            Select<Integer> sheet = new Select<>();
            sheet.setLabel(getTranslation("ledgerimport.file.sheet"));
            sheet.setItems(java.util.stream.IntStream.range(0, file.sheetNames().size()).boxed().toList());
            sheet.setItemLabelGenerator(i -> file.sheetNames().get(i));
            sheet.setValue(file.sheetIndex());
            sheet.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    read(e.getValue());
                }
            });
            mappingPanel.add(sheet);
        }
        mappingPanel.add(note(getTranslation("ledgerimport.mapping.required", imports.requiredFields(type.getValue()).stream()
                .map(f -> getTranslation(f.labelKey(type.getValue()))).collect(Collectors.joining("、")))));

        Grid<ColumnMapping.Column> grid = new Grid<>();
        grid.addClassNames("dense", "mapping-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(c -> LedgerFile.columnLetter(c.index())).setHeader(getTranslation("ledgerimport.mapping.column"))
                .setWidth("56px").setFlexGrow(0);
        grid.addColumn(ColumnMapping.Column::header).setHeader(getTranslation("ledgerimport.mapping.header"))
                .setWidth("150px").setFlexGrow(1);
        grid.addComponentColumn(this::fieldPicker).setHeader(getTranslation("ledgerimport.mapping.field"))
                .setWidth("190px").setFlexGrow(0);
        grid.addComponentColumn(this::unitPicker).setHeader(getTranslation("ledgerimport.mapping.unit"))
                .setWidth("130px").setFlexGrow(0);
        grid.addColumn(c -> String.join(" / ", file.samples(c.index(), 3))).setHeader(getTranslation("ledgerimport.mapping.samples"))
                .setWidth("260px").setFlexGrow(2);
        grid.setItems(mapping.columns());
        grid.setAllRowsVisible(true);
        mappingPanel.add(grid);

        Button previewButton = new Button(getTranslation("ledgerimport.mapping.preview"), VaadinIcon.EYE.create(), e -> runPreview());
        previewButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        previewButton.addClassName("preview-button");
        Button restart = new Button(getTranslation("ledgerimport.mapping.restart"), e -> restart());
        restart.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(previewButton, restart);
        actions.addClassName("import-actions");
        mappingPanel.add(actions);
        mappingPanel.scrollIntoView();
    }

    private Component fieldPicker(ColumnMapping.Column column) {
        ComboBox<LedgerField> picker = new ComboBox<>();
        picker.setItems(LedgerField.of(type.getValue()));
        picker.setItemLabelGenerator(f -> getTranslation(f.labelKey(type.getValue())));
        picker.setPlaceholder(getTranslation("ledgerimport.mapping.none"));
        picker.setClearButtonVisible(true);
        picker.setValue(column.field());
        picker.setWidthFull();
        picker.getElement().setAttribute("aria-label", getTranslation("ledgerimport.mapping.field") + " " + column.header());
        picker.addValueChangeListener(e -> {
            mapping = mapping.with(mapping.columns().get(column.index()).withField(e.getValue()));
            showMapping();
        });
        return picker;
    }

    private Component unitPicker(ColumnMapping.Column column) {
        if (column.field() == null || column.field().kind() != LedgerField.Kind.AMOUNT) {
            return new Span();
        }
        Select<AmountUnit> unit = new Select<>();
        unit.setItems(AmountUnit.values());
        unit.setItemLabelGenerator(u -> getTranslation(u.labelKey()));
        unit.setValue(column.unit());
        unit.setWidthFull();
        unit.addValueChangeListener(e -> mapping = mapping.with(mapping.columns().get(column.index()).withUnit(e.getValue())));
        return unit;
    }

    // ---------------------------------------------------------------- preview

    private void runPreview() {
        LedgerFile current = file;
        ColumnMapping currentMapping = mapping;
        LedgerType ledger = type.getValue();
        ImportOptions chosen = options(false);
        previewPanel.removeAll();
        inBackground(getTranslation("ledgerimport.phase.CHECKING"),
                progress -> imports.preview(current, ledger, currentMapping, chosen, progress),
                result -> {
                    preview = result;
                    options = chosen;
                    showPreview();
                });
    }

    private ImportOptions options(boolean skipErrors) {
        Long unit = defaultUnit.getValue() == null ? null : defaultUnit.getValue().id();
        return new ImportOptions(unit, periodYear.getValue(), skipErrors, companyChoices);
    }

    private void showPreview() {
        previewPanel.removeAll();
        previewPanel.add(step("ledgerimport.step.preview"));
        for (Problem problem : preview.fileProblems()) {
            Paragraph line = new Paragraph(message(problem));
            line.addClassName(problem.isError() ? "file-error" : "file-warning");
            previewPanel.add(line);
        }
        boolean problems = preview.type() == LedgerType.PROBLEMS;
        boolean trips = preview.type() == LedgerType.TRIPS;
        Paragraph counts = new Paragraph(trips
                ? getTranslation("ledgerimport.preview.tripCounts", preview.rows().size(), preview.count(RowAction.CREATE_TRIP),
                        preview.count(RowAction.UNCHANGED), preview.count(RowAction.SKIP), preview.errorRows(), preview.warningRows())
                : problems
                ? getTranslation("ledgerimport.preview.problemCounts", preview.rows().size(), preview.count(RowAction.CREATE_PROBLEM),
                        preview.count(RowAction.UNCHANGED), preview.count(RowAction.SKIP), preview.errorRows(), preview.warningRows())
                : getTranslation("ledgerimport.preview.counts", preview.rows().size(),
                preview.count(RowAction.CREATE_COMPANY_AND_PROJECT), preview.count(RowAction.CREATE_PROJECT),
                preview.count(RowAction.UPDATE_PROJECT), preview.count(RowAction.UNCHANGED), preview.count(RowAction.SKIP),
                preview.errorRows(), preview.warningRows()));
        counts.addClassName("preview-counts");
        previewPanel.add(counts);
        if (preview.periodYear() != null) {
            previewPanel.add(note(getTranslation("ledgerimport.preview.period", String.valueOf(preview.periodYear()),
                    getTranslation("ledgerimport.period." + preview.periodSource()))));
        }

        Grid<PreviewRow> grid = new Grid<>();
        grid.addClassNames("dense", "preview-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(PreviewRow::rowNumber).setHeader(getTranslation("ledgerimport.preview.row")).setWidth("56px")
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END).setFrozen(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("ledgerimport.preview.status")).setWidth("84px").setFlexGrow(0);
        if (trips) {
            grid.addColumn(r -> nullToEmpty(r.title())).setHeader(getTranslation("ledgerimport.preview.trip"))
                    .setWidth("180px").setFlexGrow(1);
            grid.addColumn(r -> nullToEmpty(r.detail())).setHeader(getTranslation("ledgerimport.preview.tripDetail"))
                    .setWidth("240px").setFlexGrow(2);
            grid.addColumn(r -> nullToEmpty(r.unitName())).setHeader(getTranslation("ledgerimport.preview.organizer"))
                    .setWidth("110px").setFlexGrow(0);
        } else if (problems) {
            grid.addColumn(r -> nullToEmpty(r.title())).setHeader(getTranslation("ledgerimport.preview.problem"))
                    .setWidth("200px").setFlexGrow(1);
            grid.addColumn(r -> nullToEmpty(r.projectName())).setHeader(getTranslation("ledgerimport.preview.problemProject"))
                    .setWidth("170px").setFlexGrow(1);
            grid.addColumn(r -> nullToEmpty(r.unitName())).setHeader(getTranslation("ledgerimport.preview.leadUnit"))
                    .setWidth("110px").setFlexGrow(0);
        } else {
            grid.addColumn(r -> nullToEmpty(r.projectName())).setHeader(getTranslation("ledgerimport.preview.project"))
                    .setWidth("170px").setFlexGrow(1);
            grid.addComponentColumn(this::company).setHeader(getTranslation("ledgerimport.preview.company"))
                    .setWidth("220px").setFlexGrow(1);
            grid.addColumn(r -> r.stage() == null ? "" : getTranslation("stage." + r.stage().name()))
                    .setHeader(getTranslation("ledgerimport.preview.stage")).setWidth("64px").setFlexGrow(0);
            grid.addColumn(r -> Money.format(r.totalInvestment())).setHeader(getTranslation("ledgerimport.preview.investment"))
                    .setWidth("110px").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
            grid.addColumn(r -> nullToEmpty(r.unitName())).setHeader(getTranslation("ledgerimport.preview.unit")).setWidth("110px")
                    .setFlexGrow(0);
        }
        grid.addColumn(this::actionText).setHeader(getTranslation("ledgerimport.preview.action")).setWidth("200px").setFlexGrow(1);
        grid.addComponentColumn(this::problems).setHeader(getTranslation("ledgerimport.preview.problems")).setWidth("320px").setFlexGrow(3);

        Select<String> filter = new Select<>();
        filter.setLabel(getTranslation("ledgerimport.preview.filter"));
        filter.setItems("all", "problems", "errors");
        filter.setItemLabelGenerator(f -> getTranslation("ledgerimport.preview.filter." + f));
        filter.setValue(preview.errorRows() > 0 ? "errors" : "all");
        filter.addValueChangeListener(e -> show(grid, filtered(e.getValue())));
        show(grid, filtered(filter.getValue()));
        // On a phone the problems column is far to the right: a tap on a row shows them under it.
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(row -> {
            Div details = new Div(new Span(actionText(row)), problems(row));
            details.addClassName("row-details");
            return details;
        }));
        grid.setDetailsVisibleOnClick(true);

        Checkbox skipErrors = new Checkbox(getTranslation("ledgerimport.preview.skipErrors", preview.errorRows()));
        skipErrors.setVisible(preview.errorRows() > 0 && !preview.fileHasErrors());
        Button confirm = new Button(getTranslation("ledgerimport.preview.confirm"), VaadinIcon.CHECK.create(),
                e -> confirm(skipErrors.getValue()));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("confirm-button");
        confirm.setEnabled(preview.canImport(false));
        Paragraph blocked = new Paragraph(getTranslation(preview.rowsToWrite() == 0 ? "ledgerimport.preview.nothing"
                : "ledgerimport.preview.blocked"));
        blocked.addClassName("file-error");
        blocked.setVisible(!preview.canImport(false) && !preview.fileHasErrors());
        skipErrors.addValueChangeListener(e -> {
            confirm.setEnabled(preview.canImport(e.getValue()));
            blocked.setVisible(!preview.canImport(e.getValue()));
        });
        Div actions = new Div(confirm, errorSheetLink(), backButton());
        actions.addClassName("import-actions");
        previewPanel.add(filter, grid, blocked, skipErrors, actions);
        previewPanel.scrollIntoView();
    }

    /** Short lists at their full height, long ones scrolling inside the grid. */
    private static void show(Grid<PreviewRow> grid, List<PreviewRow> rows) {
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= 20);
        if (rows.size() > 20) {
            grid.setHeight("min(65vh, 680px)");
        }
    }

    private List<PreviewRow> filtered(String filter) {
        return switch (filter == null ? "all" : filter) {
            case "errors" -> preview.rows().stream().filter(PreviewRow::hasErrors).toList();
            case "problems" -> preview.rows().stream().filter(r -> r.hasErrors() || r.hasWarnings()).toList();
            default -> preview.rows();
        };
    }

    /**
     * The company as written, and on a row with similar companies in the 企业库 the choice 新建企业 or 归入已有企业;
     * a choice plans the file again (later rows of the same company follow it, and the row's action changes).
     */
    private Component company(PreviewRow row) {
        Span name = new Span(nullToEmpty(row.companyName()));
        if (row.similarCompanies().isEmpty()) {
            return name;
        }
        Map<Long, String> labels = row.similarCompanies().stream()
                .collect(Collectors.toMap(CompanyRef::id, CompanyRef::label, (a, b) -> a, java.util.LinkedHashMap::new));
        Select<Long> choice = new Select<>();
        choice.setItems(List.copyOf(labels.keySet()));
        choice.setEmptySelectionAllowed(true);
        choice.setEmptySelectionCaption(getTranslation("ledgerimport.preview.companyChoice.new"));
        choice.setItemLabelGenerator(id -> id == null ? getTranslation("ledgerimport.preview.companyChoice.new")
                : getTranslation("ledgerimport.preview.companyChoice.existing", labels.get(id)));
        choice.setValue(row.chosenCompanyId());
        choice.setWidthFull();
        choice.addClassName("company-choice");
        choice.getElement().setAttribute("aria-label", getTranslation("ledgerimport.preview.companyChoice") + " "
                + getTranslation("ledgerimport.preview.row") + row.rowNumber());
        choice.addValueChangeListener(e -> {
            if (!e.isFromClient() || busy) {
                return;
            }
            if (e.getValue() == null) {
                companyChoices.remove(row.rowNumber());
            } else {
                companyChoices.put(row.rowNumber(), e.getValue());
            }
            runPreview();
        });
        Div cell = new Div(name, choice);
        cell.addClassName("company-cell");
        return cell;
    }

    private Component status(PreviewRow row) {
        String key = row.hasErrors() ? "error" : row.action() == RowAction.SKIP ? "skip" : row.hasWarnings() ? "warning" : "ok";
        Span badge = new Span(getTranslation("ledgerimport.status." + key));
        badge.addClassNames("import-status", "import-status-" + key);
        return badge;
    }

    private String actionText(PreviewRow row) {
        String action = getTranslation("ledgerimport.action." + row.action().name());
        if (row.changes().isEmpty()) {
            return action;
        }
        return action + "：" + row.changes().stream().map(this::change).collect(Collectors.joining("；"));
    }

    private String change(FieldChange change) {
        return getTranslation(change.labelKey()) + " " + (change.before().isEmpty() ? "—" : translated(change.before()))
                + " → " + translated(change.after());
    }

    private Component problems(PreviewRow row) {
        Div list = new Div();
        list.addClassName("problem-list");
        for (Problem problem : row.problems()) {
            Span line = new Span(message(problem));
            line.addClassNames("problem", "problem-" + problem.severity().name().toLowerCase());
            list.add(line);
        }
        return list;
    }

    private String message(Problem problem) {
        Object[] arguments = problem.arguments().stream().map(a -> (Object) translated(a)).toArray();
        return getTranslation(problem.messageKey(), arguments);
    }

    /** Arguments and values that are bundle keys (field, stage, period names) shown translated. */
    private String translated(String value) {
        if (value != null && value.matches("(ledgerimport|ledger|stage|investmentMode|common)\\.[A-Za-z_.]+")) {
            String text = getTranslation(value);
            return text.startsWith("!") ? value : text;
        }
        return value;
    }

    private Component errorSheetLink() {
        LedgerFile current = file;
        ImportPreview shown = preview;
        java.util.Locale locale = getLocale();
        DownloadHandler handler = event -> {
            event.setFileName(getTranslation("ledgerimport.errorSheet.fileName") + "-" + stem(current.fileName()) + ".xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            imports.writeErrorSheet(current, shown, locale, event.getOutputStream());
        };
        Anchor link = new Anchor(handler, "");
        link.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("ledgerimport.preview.errorSheet")));
        link.addClassName("error-sheet-link");
        return link;
    }

    private Button backButton() {
        Button back = new Button(getTranslation("ledgerimport.preview.back"), e -> {
            previewPanel.removeAll();
            preview = null;
            mappingPanel.getElement().callJsFunction("scrollIntoView");
        });
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return back;
    }

    // ---------------------------------------------------------------- confirm and write

    private void confirm(boolean skipErrors) {
        ImportPreview shown = preview;
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("ledgerimport.confirm.title"),
                shown.type() == LedgerType.TRIPS ? getTranslation("ledgerimport.confirm.tripText", shown.count(RowAction.CREATE_TRIP))
                : shown.type() == LedgerType.PROBLEMS ? getTranslation("ledgerimport.confirm.problemText", shown.count(RowAction.CREATE_PROBLEM))
                : getTranslation("ledgerimport.confirm.text", shown.count(RowAction.CREATE_COMPANY_AND_PROJECT),
                        shown.count(RowAction.CREATE_COMPANY_AND_PROJECT) + shown.count(RowAction.CREATE_PROJECT),
                        shown.count(RowAction.UPDATE_PROJECT)),
                getTranslation("ledgerimport.confirm.ok"), e -> write(skipErrors));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("ledgerimport.confirm.cancel"));
        dialog.open();
    }

    private void write(boolean skipErrors) {
        LedgerFile current = file;
        ColumnMapping currentMapping = mapping;
        LedgerType ledger = preview.type();
        ImportPreview shown = preview;
        ImportOptions chosen = options.withSkipErrorRows(skipErrors);
        inBackground(getTranslation("ledgerimport.phase.WRITING"),
                progress -> imports.importLedger(current, ledger, currentMapping, chosen, shown, progress),
                this::done);
    }

    private String doneText(ImportResult result) {
        return result.tripsCreated() > 0 ? getTranslation("ledgerimport.doneTrips", result.tripsCreated(), result.companiesCreated())
                : result.problemsCreated() > 0 ? getTranslation("ledgerimport.doneProblems", result.problemsCreated())
                : getTranslation("ledgerimport.done", result.companiesCreated(), result.projectsCreated(), result.projectsUpdated());
    }

    private void done(ImportResult result) {
        Notifications.success(doneText(result));
        restart();
        Paragraph summary = new Paragraph(doneText(result));
        summary.addClassName("import-done");
        String kind = result.tripsCreated() > 0 ? "trips" : result.problemsCreated() > 0 ? "problems" : "projects";
        Anchor projects = new Anchor(switch (kind) {
            case "trips" -> "trips";
            case "problems" -> "supervision";
            default -> "projects";
        }, getTranslation("ledgerimport.done." + kind));
        projects.addClassName("projects-link");
        previewPanel.add(summary, projects);
        refreshRecent();
    }

    private void restart() {
        forgetUpload();
        file = null;
        mapping = null;
        preview = null;
        companyChoices.clear();
        mappingPanel.removeAll();
        previewPanel.removeAll();
    }

    // ---------------------------------------------------------------- background work with progress

    /**
     * Runs the work on {@link ImportJobs} while the page polls for progress; the result or the refusal comes back
     * on the UI. One job at a time per screen.
     */
    private <T> void inBackground(String label, Function<ImportProgress, T> work, java.util.function.Consumer<T> onDone) {
        if (busy) {
            return;
        }
        UI ui = UI.getCurrent();
        busy = true;
        progressLabel.setText(label);
        progressBar.setValue(0);
        progressBar.setIndeterminate(false);
        progressPanel.setVisible(true);
        upload.setEnabled(false);
        ui.setPollInterval(POLL_MILLIS);
        double[] shown = {0};
        ImportProgress progress = (phase, fraction) -> {
            if (fraction - shown[0] >= 0.02 || fraction >= 1.0) {
                shown[0] = fraction;
                access(ui, () -> {
                    progressLabel.setText(getTranslation("ledgerimport.phase." + phase.name()));
                    progressBar.setValue(Math.min(1.0, fraction));
                });
            }
        };
        jobs.submit(() -> work.apply(progress)).whenComplete((result, error) -> access(ui, () -> {
            busy = false;
            ui.setPollInterval(-1);
            progressPanel.setVisible(false);
            upload.setEnabled(true);
            if (error != null) {
                failed(error instanceof CompletionException && error.getCause() != null ? error.getCause() : error);
            } else {
                onDone.accept(result);
            }
        }));
    }

    private static void access(UI ui, com.vaadin.flow.server.Command command) {
        try {
            ui.access(command);
        } catch (com.vaadin.flow.component.UIDetachedException closed) {
            // the user left the page; the work's outcome is in the import log
        }
    }

    private void failed(Throwable error) {
        String text;
        if (error instanceof LedgerImportService.ImportWriteException write) {
            String reason = write.reason() instanceof BusinessException b ? Notifications.message(this, b)
                    : getTranslation("ledgerimport.error.unexpected");
            if (!(write.reason() instanceof BusinessException)) {
                log.error("Ledger import failed at row {}", write.rowNumber(), write.reason());
            }
            text = getTranslation("ledgerimport.failed.row", write.rowNumber(), reason);
        } else if (error instanceof BusinessException refusal) {
            text = Notifications.message(this, refusal);
        } else if (error instanceof AccessDeniedException) {
            text = getTranslation("error.accessDenied.text");
        } else {
            log.error("Ledger import failed", error);
            text = getTranslation("error.unexpected");
        }
        Notifications.error(text);
        Paragraph line = new Paragraph(text);
        line.addClassName("file-error");
        (file == null ? mappingPanel : previewPanel).add(line);
    }

    // ---------------------------------------------------------------- recent imports

    private Component recentImports() {
        recent.addClassNames("dense", "recent-imports");
        recent.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        recent.addColumn(r -> WHEN.format(r.importedAt())).setHeader(getTranslation("ledgerimport.recent.when")).setWidth("130px").setFlexGrow(0);
        recent.addColumn(ImportLogRow::userName).setHeader(getTranslation("ledgerimport.recent.who")).setWidth("80px").setFlexGrow(0);
        recent.addColumn(ImportLogRow::unitName).setHeader(getTranslation("ledgerimport.recent.unit")).setWidth("120px").setFlexGrow(0);
        recent.addColumn(r -> getTranslation(r.type().nameKey())).setHeader(getTranslation("ledgerimport.recent.type")).setWidth("120px").setFlexGrow(0);
        recent.addColumn(ImportLogRow::fileName).setHeader(getTranslation("ledgerimport.recent.file")).setFlexGrow(1);
        recent.addColumn(r -> r.type() == LedgerType.TRIPS
                ? getTranslation("ledgerimport.recent.tripResultText", r.tripsCreated(), r.companiesCreated(), r.rowsTotal())
                : r.type() == LedgerType.PROBLEMS
                ? getTranslation("ledgerimport.recent.problemResultText", r.problemsCreated(), r.rowsTotal())
                : getTranslation("ledgerimport.recent.resultText", r.companiesCreated(), r.projectsCreated(),
                r.projectsUpdated(), r.rowsTotal())).setHeader(getTranslation("ledgerimport.recent.result")).setFlexGrow(1);
        recent.setAllRowsVisible(true);
        recent.setEmptyStateText(getTranslation("ledgerimport.recent.none"));
        refreshRecent();
        Div section = new Div(step("ledgerimport.recent"), recent);
        section.addClassName("import-recent");
        return section;
    }

    private void refreshRecent() {
        recent.setItems(imports.recentImports(10));
    }

    // ---------------------------------------------------------------- helpers

    private static Paragraph note(String text) {
        Paragraph note = new Paragraph(text);
        note.addClassName("import-note");
        return note;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String shorten(String text, int max) {
        return text.length() > max ? text.substring(0, max) + "…" : text;
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private void forgetUpload() {
        if (uploaded != null) {
            try {
                Files.deleteIfExists(uploaded);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            uploaded = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        forgetUpload();
        super.onDetach(event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ledgerimport.title") + " | " + getTranslation("app.title");
    }
}
