package org.zhaoshang.crm.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The 督办 mails as their readers get them: sections only when they have items, every item linked. */
class SupervisionMailTemplatesTest {

    private final MailTemplates templates = new MailTemplates();

    @Test
    void theDigestShowsOnlyTheSectionsThatHaveItemsInBothBodies() {
        Map<String, Object> item = Map.of("title", "协调供水管网接入", "project", "康师傅二期", "deadline", "2026年11月20日",
                "state", "已逾期 3 个工作日", "link", "http://crm.example/supervision/7");
        MailTemplates.Bodies bodies = templates.render("supervision-digest", Map.of("subject", "【督办提醒】", "name", "李明",
                "day", "2026年11月25日", "unit", "区商务局", "overdue", List.of(item), "due", List.of(), "soon", List.of(), "days", 3,
                "inboxLink", "http://crm.example/supervision?tab=inbox"));

        assertThat(bodies.html()).contains("已逾期（1 项）", "href=\"http://crm.example/supervision/7\"", "协调供水管网接入",
                "已逾期 3 个工作日").doesNotContain("今日到期（", "个工作日后到期（", "th:");
        assertThat(bodies.text()).contains("已逾期（1 项）", "- 协调供水管网接入（康师傅二期）办结时限 2026年11月20日，已逾期 3 个工作日",
                "http://crm.example/supervision/7").doesNotContain("今日到期（");
    }

    @Test
    void theServiceDayAgendaListsEachProjectWithItsOpenItemsAndLateStart() {
        Map<String, Object> project = Map.of("project", "仲景医药健康产业园", "stage", "签约", "unit", "区商务局",
                "link", "http://crm.example/projects/3", "overdueStart", "应开未开（计划开工 2026年11月1日）",
                "items", List.of(Map.of("title", "西气东输管线改线", "unit", "区发改委", "deadline", "2026年11月27日", "state", "逾期 5 个工作日")));
        MailTemplates.Bodies bodies = templates.render("service-day-agenda", Map.of("subject", "【项目服务日】", "name", "赵志远",
                "day", "2026年12月4日", "projects", List.of(project), "meetingLink", "http://crm.example/meetings/9"));

        assertThat(bodies.html()).contains("仲景医药健康产业园", "应开未开（计划开工 2026年11月1日）",
                "西气东输管线改线（区发改委，2026年11月27日，逾期 5 个工作日）", "http://crm.example/meetings/9");
        assertThat(bodies.text()).contains("- 仲景医药健康产业园（签约，区商务局）应开未开（计划开工 2026年11月1日）",
                "· 西气东输管线改线（区发改委，2026年11月27日，逾期 5 个工作日）");
    }
}
