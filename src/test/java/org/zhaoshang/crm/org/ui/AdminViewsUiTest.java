package org.zhaoshang.crm.org.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.zhaoshang.crm.base.ui.RouteAccessDeniedView;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.org.UnitSummary;
import org.zhaoshang.crm.support.CrmIntegrationTest;

/** The admin screens driven in-process: lists show the seeded data, a refused save keeps the dialog open. */
@CrmIntegrationTest
class AdminViewsUiTest extends SpringBrowserlessTest {

    @Autowired
    ReferenceDataService referenceData;

    @Test
    @WithUserDetails("admin")
    void theUnitsTabListsEveryUnitWithItsChineseType() {
        navigate(ReferenceDataView.class);

        @SuppressWarnings("unchecked")
        Grid<UnitSummary> units = $(Grid.class).first();
        var grid = test(units);
        assertThat(grid.size()).isEqualTo(referenceData.units().size()).isGreaterThanOrEqualTo(35);
        assertThat(grid.getCellText(0, 2)).isEqualTo("区发改委");
        assertThat(grid.getCellText(0, 3)).isEqualTo("区直单位");
    }

    @Test
    @WithUserDetails("admin")
    void aUnitWithADuplicateCodeIsRefusedInsideTheDialogAndNothingIsAdded() {
        int before = referenceData.units().size();
        navigate(ReferenceDataView.class);

        test($(Button.class).withClassName("add-button").first()).click();
        Dialog dialog = $(Dialog.class).first();
        test($(TextField.class, dialog).withCaption("编码").first()).setValue("SWJ");
        test($(TextField.class, dialog).withCaption("名称").first()).setValue("重复的商务局");
        test($(Button.class, dialog).withText("保存").first()).click();

        assertThat(dialog.isOpened()).isTrue();
        Div refusal = $(Div.class, dialog).withClassName("dialog-refusal").first();
        assertThat(refusal.isVisible()).isTrue();
        assertThat(refusal.getText()).isEqualTo("编码“SWJ”已被使用，请换一个编码。");
        assertThat(referenceData.units()).hasSize(before);
    }

    @Test
    @WithUserDetails("staff")
    void staffAreShownAccessDeniedForUserManagement() {
        navigate("admin/users", RouteAccessDeniedView.class);

        assertThat(getCurrentView()).isInstanceOf(RouteAccessDeniedView.class);
        assertThat(((RouteAccessDeniedView) getCurrentView()).getElement().getTextRecursively()).contains("无权访问");
    }
}
