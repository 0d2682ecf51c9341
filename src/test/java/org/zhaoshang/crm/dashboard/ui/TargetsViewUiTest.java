package org.zhaoshang.crm.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.zhaoshang.crm.base.ui.RouteAccessDeniedView;
import org.zhaoshang.crm.dashboard.Target;
import org.zhaoshang.crm.dashboard.TargetService;
import org.zhaoshang.crm.support.CrmIntegrationTest;

/** The targets screen driven in-process: ADMIN sets a quarter's target, a bad figure is refused in the dialog. */
@CrmIntegrationTest
class TargetsViewUiTest extends SpringBrowserlessTest {

    @Autowired
    TargetService targets;

    @Test
    @WithUserDetails("admin")
    void anAdministratorSetsTheDistrictsThirdQuarterTargetInTheDialog() {
        // three years back: the oldest the screen offers, and a quarter no demo data or other test sets
        int threeYearsBack = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear() - 3;
        navigate(TargetsView.class);
        @SuppressWarnings("unchecked")
        Select<Integer> year = $(Select.class).first();
        test(year).selectItem(threeYearsBack + "年");
        @SuppressWarnings("unchecked")
        Select<Integer> quarter = $(Select.class).all().get(1);
        test(quarter).selectItem("第三季度");

        @SuppressWarnings("unchecked")
        Grid<Target> grid = $(Grid.class).first();
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("全区");
        test(grid).clickRow(0);
        Dialog dialog = $(Dialog.class).first();
        test($(com.vaadin.flow.component.textfield.BigDecimalField.class, dialog).withCaption("签约金额（万元）").first())
                .setValue(new java.math.BigDecimal("1.234"));
        test($(Button.class, dialog).withText("保存").first()).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat($(com.vaadin.flow.component.html.Div.class, dialog).withClassName("dialog-refusal").first().getText())
                .isEqualTo("目标金额应为不小于0的万元数，最多两位小数。");
        assertThat(targets.targetFor(threeYearsBack, 3, null).isEmpty()).isTrue();

        test($(com.vaadin.flow.component.textfield.BigDecimalField.class, dialog).withCaption("签约金额（万元）").first())
                .setValue(new java.math.BigDecimal("800.5"));

        test($(IntegerField.class, dialog).withCaption("签约项目（个）").first()).setValue(6);
        test($(IntegerField.class, dialog).withCaption("入库项目（个）").first()).setValue(25);
        test($(Button.class, dialog).withText("保存").first()).click();

        assertThat(dialog.isOpened()).isFalse();
        Target saved = targets.targetFor(threeYearsBack, 3, null);
        assertThat(saved.signedCount()).isEqualTo(6);
        assertThat(saved.libraryCount()).isEqualTo(25);
        assertThat(saved.signedAmount()).isEqualByComparingTo("800.50");
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("6");
    }

    @Test
    @WithUserDetails("leader")
    void leadersSeeTheTargetsOnTheCockpitButCannotOpenTheTargetsScreen() {
        navigate("admin/targets", RouteAccessDeniedView.class);

        assertThat(getCurrentView()).isInstanceOf(RouteAccessDeniedView.class);
    }
}
