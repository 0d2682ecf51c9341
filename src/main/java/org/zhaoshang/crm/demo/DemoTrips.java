package org.zhaoshang.crm.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.company.CompanyFilter;
import org.zhaoshang.crm.company.CompanyService;
import org.zhaoshang.crm.company.CompanySummary;
import org.zhaoshang.crm.org.CitySummary;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.org.UnitSummary;
import org.zhaoshang.crm.org.UserRef;
import org.zhaoshang.crm.project.ProjectFilter;
import org.zhaoshang.crm.project.ProjectService;
import org.zhaoshang.crm.project.ProjectSummary;
import org.zhaoshang.crm.trip.ActionDraft;
import org.zhaoshang.crm.trip.TripDraft;
import org.zhaoshang.crm.trip.TripService;
import org.zhaoshang.crm.trip.VisitDraft;
import org.zhaoshang.crm.trip.VisitKind;

/**
 * The two seed trips of the district's newspaper with their day-by-day visits, the projects they concern,
 * and the action items that came out of them: 长三角 (杭州, 上海, late May 2023, led by the district party
 * secretary) and 西安、成都 (21–23 April 2023, with 区发改委 and 樱桃沟景区管委会).
 */
@Component
class DemoTrips {

    private final TripService trips;
    private final CompanyService companies;
    private final ProjectService projects;
    private final ReferenceDataService referenceData;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    DemoTrips(TripService trips, CompanyService companies, ProjectService projects, ReferenceDataService referenceData,
            org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.trips = trips;
        this.companies = companies;
        this.projects = projects;
        this.referenceData = referenceData;
    }

    /** Loads the seed trips once (when there is no trip yet). */
    int load(List<UserRef> people) {
        if (!trips.list(null, null).isEmpty()) {
            return 0;
        }
        Map<String, Long> units = referenceData.units().stream().collect(Collectors.toMap(UnitSummary::name, UnitSummary::id));
        Map<String, Long> cities = referenceData.cities().stream().collect(Collectors.toMap(CitySummary::name, CitySummary::id));
        Map<String, Long> userIds = people.stream().collect(Collectors.toMap(UserRef::displayName, UserRef::id, (a, b) -> a));

        Long yrd = trips.save(new TripDraft(null, 0, "二七区招商小分队赴长三角地区考察招商", LocalDate.of(2023, 5, 24),
                LocalDate.of(2023, 5, 27), List.of(cities.get("杭州"), cities.get("上海")), "区委书记",
                Set.of(userIds.get("李明"), userIds.get("赵志远")), Set.of(units.get("区商务局"), units.get("区发改委")),
                "持续做好全员招商、产业招商，聚焦“双轮驱动”对接长三角重点企业，力争将学习考察成果尽快转化为签约落地成果。",
                units.get("区商务局")));
        visit(yrd, LocalDate.of(2023, 5, 24), "杭州姆珉网络科技有限公司", VisitKind.TALK, "杭州",
                "深入了解珊瑚跨境的服务生态布局和业务发展状况。", "见证珊瑚跨境与郑投产业园战略合作签约。", "珊瑚跨境支付结算中心项目");
        visit(yrd, LocalDate.of(2023, 5, 25), "浙江和泽医药科技股份有限公司", VisitKind.TALK, "杭州",
                "就MAH药品持有人转化平台及医药B证公司项目落户二七区与公司负责人座谈。", "企业有意向，进入洽谈。",
                "MAH药品持有人转化平台及医药B证公司项目");
        visit(yrd, LocalDate.of(2023, 5, 25), "均和集团", VisitKind.TALK, "上海",
                "实地考察均和集团，与负责人就均和云谷郑州智慧港项目座谈。", "进入洽谈。", "均和云谷郑州智慧港项目");
        visit(yrd, LocalDate.of(2023, 5, 26), "上海星驾协氢新能源联合试验中心", VisitKind.SURVEY, "上海",
                "与公司创始人就氢燃料电池组、氢能两轮车智能制造全产业链基地项目深入对接。", "保持对接。",
                "星驾科技氢燃料电池组、氢能两轮车智能制造全产业链基地项目");
        visit(yrd, LocalDate.of(2023, 5, 26), "上海粤浦科技有限公司", VisitKind.SURVEY, "上海",
                "就联东U谷·郑州二七科技创新谷项目对接洽谈。", "进入洽谈。", "联东U谷·郑州二七科技创新谷项目");
        visit(yrd, LocalDate.of(2023, 5, 26), "中国商飞上海研究院", VisitKind.TOUR, "上海", "实地考察。", null, null);
        visit(yrd, LocalDate.of(2023, 5, 26), "上海人工智能研究院", VisitKind.TOUR, "上海", "实地考察。", null, null);
        visit(yrd, LocalDate.of(2023, 5, 27), "上海薪太软科技有限公司", VisitKind.SIGNING_WITNESS, "上海",
                "听取公司基本情况及在二七区投资项目情况。", "签订《共建二七区数字化集聚平台》框架协议。", "共建二七区数字化集聚平台");
        trips.saveAction(new ActionDraft(null, 0, yrd, null, "加大对接跟进力度，台账式管理、专班化推进和泽医药MAH平台项目",
                units.get("区商务局"), LocalDate.of(2023, 6, 30), false));

        Long west = trips.save(new TripDraft(null, 0, "赴西安、成都考察招商", LocalDate.of(2023, 4, 21), LocalDate.of(2023, 4, 23),
                List.of(cities.get("西安"), cities.get("成都")), "区领导", Set.of(userIds.get("孙磊"), userIds.get("刘洋")),
                Set.of(units.get("区发改委"), units.get("樱桃沟景区管委会")), "考察物流总部和文旅项目，推动唐久总部项目倒排工期、樱桃沟文旅项目招引。",
                units.get("区发改委")));
        visit(west, LocalDate.of(2023, 4, 21), "唐久便利集团", VisitKind.SURVEY, "西安 · 唐久便利集团西安物流基地",
                "考察西安物流基地运营模式。", "二七区唐久物流总部基地项目已在推进，倒排工期。", "二七区唐久物流总部基地项目");
        visit(west, LocalDate.of(2023, 4, 22), "陕西西部实业控股集团", VisitKind.TALK, "西安",
                "就恐龙旅游度假区项目座谈。", "邀请企业来二七实地考察。", "恐龙旅游度假区项目");
        visit(west, LocalDate.of(2023, 4, 23), "成都崇州天演博物馆", VisitKind.TOUR, "成都 · 崇州", "参观学习博物馆运营。", null, null);
        trips.saveAction(new ActionDraft(null, 0, west, null, "梳理樱桃沟可用地块，邀请陕西西部实业控股集团来二七实地考察",
                units.get("樱桃沟景区管委会"), LocalDate.of(2023, 5, 31), true));
        trips.saveAction(new ActionDraft(null, 0, west, null, "牵头商务、自然资源规划、文化旅游、林业等部门开展用地及可行性分析",
                units.get("区发改委"), LocalDate.of(2023, 6, 15), false));
        backdateHistory();
        followups();
        return 2;
    }

    /**
     * A few follow-ups of 李明 (staff) so that 我的跟进 and the daily reminder have something to show: one
     * overdue, one due today, one later this week. Written directly (demo data, dated relative to today).
     */
    private void followups() {
        Object[][] rows = {
            {"MAH药品持有人转化平台及医药B证公司项目", "电话沟通MAH平台落地条件，企业关注药品注册服务。", "整理医药B证办理流程发企业", -3},
            {"康师傅饮品中原区域总部", "与企业区域负责人座谈，初步确定办公面积需求约3000㎡。", "陪同企业看升龙天玺商务楼宇", 0},
            {"均和云谷郑州智慧港项目", "企业来电询问中央商务区楼宇租金和入驻政策。", "报送楼宇租金和政策清单", 3},
        };
        for (Object[] row : rows) {
            jdbc.update("""
                    insert into followup (project_id, author_id, kind, happened_at, content, next_step, next_date, version,
                                          created_at, updated_at)
                    select p.id, u.id, 'PHONE', utc_timestamp(6) - interval 7 day, ?, ?, ?, 0, utc_timestamp(6), utc_timestamp(6)
                    from project p, app_user u where p.name = ? and u.username = 'staff'
                    """, row[1], row[2], LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays((Integer) row[3]), row[0]);
        }
    }

    /**
     * The demo loads in seconds what happened over months, so its stage history would all carry today's
     * time. The seeds' dates are put back: a stage reached with a milestone date (签约, 落地 …) on that date,
     * an earlier move (对接, 考察, 洽谈) a week after the project's first trip visit; recorded as when the
     * project was created, the first visit. Demo data only: the application itself never rewrites history.
     */
    private void backdateHistory() {
        jdbc.update("""
                update project_stage_change sc join project p on p.id = sc.project_id
                set sc.changed_at = timestamp(coalesce(
                    case sc.to_stage when 'SIGNED' then p.actual_sign_date when 'LANDED' then p.actual_land_date
                                     when 'STARTED' then p.actual_start_date when 'OPERATING' then p.actual_operation_date end,
                    (select min(v.visit_date) + interval (case sc.kind when 'CREATED' then 0 else 7 end) day
                       from trip_visit v where v.project_id = p.id),
                    p.actual_sign_date - interval 30 day,
                    date(sc.changed_at)), '10:00:00') - interval 8 hour
                """);
    }

    private void visit(Long tripId, LocalDate date, String company, VisitKind kind, String place, String learned,
            String outcome, String project) {
        Long companyId = companies.list(new CompanyFilter(company, null, null, null), 0, 5, "name", true).stream()
                .filter(c -> c.name().equals(company)).map(CompanySummary::id).findFirst().orElse(null);
        Long visitId = trips.saveVisit(new VisitDraft(null, 0, tripId, date, 0, companyId, companyId == null ? company : null,
                true, kind, place, null, null, learned, outcome, true));
        if (project != null) {
            projects.list(ProjectFilter.none().withText(project), 0, 5, List.of()).stream()
                    .filter(p -> p.name().equals(project)).map(ProjectSummary::id).findFirst()
                    .ifPresent(projectId -> trips.linkProject(visitId, projectId));
        }
    }
}
