package org.zhaoshang.crm.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.support.CrmIntegrationTest;

@CrmIntegrationTest
class HomeViewUiTest extends SpringBrowserlessTest {

    @Autowired
    ReferenceDataService referenceData;

    @Test
    @WithUserDetails("staff")
    void staffSeeTheirNameUnitAndWhatTheyDoHere() {
        HomeView home = navigate(HomeView.class);

        String text = home.getElement().getTextRecursively();
        assertThat(text).contains("李明，您好", "记录外出招商、走访和跟进");
        assertThat($(Span.class, home).withClassName("stat-value").all()).extracting(Span::getText)
                .contains("区商务局", String.valueOf(referenceData.counts().units()));
    }

    @Test
    @WithUserDetails("leader")
    void aLeaderIsGreetedWithTheLeadersIntroduction() {
        HomeView home = navigate(HomeView.class);

        assertThat(home.getElement().getTextRecursively()).contains("赵志远，您好", "查看全区招商引资进展");
    }
}
