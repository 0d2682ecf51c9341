package org.zhaoshang.crm.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.org.UnitSummary;
import org.zhaoshang.crm.project.ProjectFilter;
import org.zhaoshang.crm.project.ProjectService;
import org.zhaoshang.crm.project.ProjectSummary;
import org.zhaoshang.crm.security.SystemActor;
import org.zhaoshang.crm.supervision.MeetingDraft;
import org.zhaoshang.crm.supervision.MeetingKind;
import org.zhaoshang.crm.supervision.MeetingService;
import org.zhaoshang.crm.supervision.ProblemRow;
import org.zhaoshang.crm.supervision.ServiceDayService;
import org.zhaoshang.crm.supervision.SupervisionService;

/**
 * The seed meetings: the 重点项目推进会 on 应开未开 projects and 康师傅, 仲景, 杉杉, and the 产业发展推进会 with the
 * stationed commissioners' reports — with one item closed out, some in progress and one overdue. Recorded by
 * the demo leader through the services; the overdue item's dates are set back directly (demo only).
 */
@Component
class DemoSupervision {

    private final MeetingService meetings;
    private final SupervisionService supervision;
    private final ProjectService projects;
    private final ReferenceDataService referenceData;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;

    private final ServiceDayService serviceDays;

    DemoSupervision(MeetingService meetings, SupervisionService supervision, ProjectService projects,
            ReferenceDataService referenceData, UserDetailsService users, JdbcTemplate jdbc, ServiceDayService serviceDays) {
        this.serviceDays = serviceDays;
        this.meetings = meetings;
        this.supervision = supervision;
        this.projects = projects;
        this.referenceData = referenceData;
        this.users = users;
        this.jdbc = jdbc;
    }

    void load() {
        Integer existing = jdbc.queryForObject("select count(*) from meeting", Integer.class);
        if (existing != null && existing > 0) {
            return;
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Map<String, Long> units = referenceData.units().stream().collect(Collectors.toMap(UnitSummary::name, UnitSummary::id));
        Map<String, Long> projectIds = projects.list(ProjectFilter.none(), 0, 500, List.of()).stream()
                .collect(Collectors.toMap(ProjectSummary::name, ProjectSummary::id, (a, b) -> a));
        Long leader = jdbc.queryForObject("select id from app_user where username = 'leader'", Long.class);
        Map<Long, String> categories = supervision.categories();
        Long land = category(categories, "土地");
        Long approval = category(categories, "手续审批");
        Long utilities = category(categories, "水电气暖");
        Long policy = category(categories, "政策");

        SystemActor.runAs(users.loadUserByUsername("leader"), () -> {
            meetings.record(new MeetingDraft(MeetingKind.PROGRESS, "二七区重点项目推进会", today.minusDays(20), "区政府三楼会议室", "区长",
                    "区领导、各有关单位主要负责人", Set.of(units.get("区发改委"), units.get("区商务局"), units.get("二七经开区管委会")),
                    Set.of(projectIds.get("康师傅饮品中原区域总部"), projectIds.get("仲景医药健康产业园"), projectIds.get("杉杉奥莱"),
                            projectIds.get("名扬5G智能化生产线及研发中心"), projectIds.get("仝吉年产5000吨高端糕点面包生产中心"),
                            projectIds.get("二七区唐久物流总部基地项目")),
                    "会议逐一听取了应开未开项目进展情况汇报，分析了制约项目开工的问题，明确了责任单位和完成时限。",
                    List.of(new MeetingDraft.DecisionDraft(projectIds.get("仲景医药健康产业园"), "加快办理施工许可等开工手续", approval,
                                    units.get("区发改委"), Set.of(units.get("区住房和城乡建设局")), today.plusDays(10), leader),
                            new MeetingDraft.DecisionDraft(projectIds.get("名扬5G智能化生产线及研发中心"), "协调解决5G生产线厂房用电增容",
                                    utilities, units.get("二七经开区管委会"), Set.of(), today.plusDays(25), leader),
                            new MeetingDraft.DecisionDraft(projectIds.get("二七区唐久物流总部基地项目"), "加快唐久总部项目供地", land,
                                    units.get("区自然资源规划分局"), Set.of(units.get("区发改委")), today.plusDays(5), leader),
                            new MeetingDraft.DecisionDraft(projectIds.get("康师傅饮品中原区域总部"), "提供中央商务区楼宇租金及入驻政策清单",
                                    policy, units.get("区商务局"), Set.of(), today.plusDays(15), null))));
            meetings.record(new MeetingDraft(MeetingKind.PROGRESS, "二七区产业发展推进会", today.minusDays(10), "区政府会议中心", "区委书记",
                    "区领导、驻北上广招商专员、各单位负责人", Set.of(units.get("驻上海招商组"), units.get("区商务局")),
                    Set.of(projectIds.get("均和云谷郑州智慧港项目")),
                    "驻北上广招商专员汇报了在谈项目情况，会议要求台账式管理、专班化推进。",
                    List.of(new MeetingDraft.DecisionDraft(projectIds.get("均和云谷郑州智慧港项目"), "每月报送长三角在谈项目进展清单", policy,
                            units.get("区商务局"), Set.of(units.get("驻上海招商组")), today.plusDays(30), null))));
        });
        List<ProblemRow> items = SystemActor.call(() -> supervision.all(true));
        ProblemRow permit = find(items, "加快办理施工许可等开工手续");
        ProblemRow power = find(items, "协调解决5G生产线厂房用电增容");
        SystemActor.runAs(users.loadUserByUsername("staff4"), () -> {
            supervision.reportProgress(permit.id(), "已会同住建部门完成施工图审查，施工许可已核发。");
            supervision.requestClose(permit.id(), permit.version(), "施工许可证已核发，项目具备开工条件。");
        });
        SystemActor.runAs(users.loadUserByUsername("leader"), () -> supervision.confirmClose(permit.id(),
                SystemActor.call(() -> supervision.get(permit.id())).version()));
        SystemActor.runAs(users.loadUserByUsername("staff2"),
                () -> supervision.reportProgress(power.id(), "已与供电公司现场踏勘，增容方案正在编制。"));
        // The 唐久 land item has passed its deadline (demo: set back).
        jdbc.update("update problem set raised_on = ?, deadline = ? where title = ?", today.minusDays(20), today.minusDays(6), "加快唐久总部项目供地");
        // This week's 项目服务日, as the Thursday job would have prepared it (the job itself mails the leaders).
        LocalDate friday = today.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.FRIDAY));
        SystemActor.call(() -> serviceDays.prepare(friday));
    }

    private static Long category(Map<Long, String> categories, String name) {
        return categories.entrySet().stream().filter(e -> e.getValue().equals(name)).map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    private static ProblemRow find(List<ProblemRow> items, String title) {
        return items.stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
    }
}
