package org.zhaoshang.crm.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.zhaoshang.crm.base.Money;
import org.zhaoshang.crm.base.ui.EditDialog;
import org.zhaoshang.crm.dashboard.CockpitService;
import org.zhaoshang.crm.dashboard.Target;
import org.zhaoshang.crm.dashboard.TargetService;
import org.zhaoshang.crm.org.Role;

/**
 * 目标管理 (ADMIN): the district's and every unit's targets for a year or a quarter; a click on a row opens
 * the four figures. The cockpit measures progress and ranks units against these.
 */
@Route("admin/targets")
@Menu(title = "dashboard.nav.targets", order = 92, icon = "vaadin:crosshairs")
@RolesAllowed(Role.Names.ADMIN)
class TargetsView extends Main implements HasDynamicTitle {

    private final TargetService targets;
    private final Select<Integer> year = new Select<>();
    private final Select<Integer> quarter = new Select<>();
    private final Grid<Target> grid = new Grid<>();

    TargetsView(TargetService targets, CockpitService cockpit) {
        this.targets = targets;
        addClassNames("admin-view", "targets-view");
        int thisYear = cockpit.today().getYear();
        year.setLabel(getTranslation("dashboard.targets.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 3, thisYear + 1).boxed().toList());
        year.setItemLabelGenerator(y -> y + "年");
        year.setValue(thisYear);
        quarter.setLabel(getTranslation("dashboard.targets.quarter"));
        quarter.setItems(0, 1, 2, 3, 4);
        quarter.setItemLabelGenerator(q -> getTranslation("dashboard.targets.quarter." + q));
        quarter.setValue(0);
        year.addValueChangeListener(e -> refresh());
        quarter.addValueChangeListener(e -> refresh());
        grid.addColumn(t -> t.isDistrict() ? getTranslation("dashboard.scope.district") : t.unitName())
                .setHeader(getTranslation("dashboard.targets.col.scope")).setFlexGrow(2).setSortable(true)
                .setComparator(t -> t.isDistrict() ? "" : t.unitName());
        grid.addColumn(t -> show(t.signedCount())).setHeader(getTranslation("dashboard.targets.col.signedCount"));
        grid.addColumn(t -> t.signedAmount() == null ? getTranslation("dashboard.targets.empty") : Money.format(t.signedAmount()))
                .setHeader(getTranslation("dashboard.targets.col.signedAmount"));
        grid.addColumn(t -> show(t.landedCount())).setHeader(getTranslation("dashboard.targets.col.landedCount"));
        grid.addColumn(t -> show(t.libraryCount())).setHeader(getTranslation("dashboard.targets.col.libraryCount"));
        grid.addItemClickListener(e -> new TargetDialog(e.getItem()).openWithDraft());
        grid.setAllRowsVisible(true);
        grid.addClassName("targets-grid");
        Div bar = new Div(year, quarter);
        bar.addClassName("filter-bar");
        add(new H2(getTranslation("dashboard.targets.title")), new Paragraph(getTranslation("dashboard.targets.intro")), bar, grid);
        refresh();
    }

    private String show(Integer value) {
        return value == null ? getTranslation("dashboard.targets.empty") : value.toString();
    }

    private void refresh() {
        grid.setItems(targets.targets(year.getValue(), quarter.getValue()));
    }

    /** The four figures of one target; empty means "no target". */
    private final class TargetDialog extends EditDialog<Target> {
        private final IntegerField signedCount = new IntegerField(getTranslation("dashboard.targets.col.signedCount"));
        private final BigDecimalField signedAmount = new BigDecimalField(getTranslation("dashboard.targets.col.signedAmount"));
        private final IntegerField landedCount = new IntegerField(getTranslation("dashboard.targets.col.landedCount"));
        private final IntegerField libraryCount = new IntegerField(getTranslation("dashboard.targets.col.libraryCount"));

        TargetDialog(Target target) {
            super(TargetsView.this.getTranslation("dashboard.targets.edit", target.isDistrict()
                    ? TargetsView.this.getTranslation("dashboard.scope.district") : target.unitName(),
                    target.year() + "年" + TargetsView.this.getTranslation("dashboard.targets.quarter." + target.quarter())),
                    target, targets::save, TargetsView.this::refresh);
            for (IntegerField field : List.of(signedCount, landedCount, libraryCount)) {
                field.setMin(0);
                field.setStepButtonsVisible(false);
            }
            bind(signedCount, Target::signedCount, null);
            bind(signedAmount, Target::signedAmount, null);
            bind(landedCount, Target::landedCount, null);
            bind(libraryCount, Target::libraryCount, null);
            form.add(signedCount, signedAmount, landedCount, libraryCount, new Paragraph(getTranslation("dashboard.targets.hint")));
        }

        @Override
        protected Target collect() {
            BigDecimal amount = signedAmount.getValue();
            return original.with(signedCount.getValue(), amount, landedCount.getValue(), libraryCount.getValue());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.targets.title") + " | " + getTranslation("app.title");
    }
}
