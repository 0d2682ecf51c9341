package org.zhaoshang.crm.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.company.CompanyDraft;
import org.zhaoshang.crm.company.CompanyFilter;
import org.zhaoshang.crm.company.CompanyService;
import org.zhaoshang.crm.company.OwnershipType;
import org.zhaoshang.crm.org.AreaSummary;
import org.zhaoshang.crm.org.CitySummary;
import org.zhaoshang.crm.org.IndustrySummary;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.org.UserAccountService;
import org.zhaoshang.crm.org.UserRef;
import org.zhaoshang.crm.project.AgreementType;
import org.zhaoshang.crm.project.ProjectDetails;
import org.zhaoshang.crm.project.ProjectDraft;
import org.zhaoshang.crm.project.ProjectService;
import org.zhaoshang.crm.project.ProjectSource;
import org.zhaoshang.crm.project.Stage;
import org.zhaoshang.crm.project.StageFacts;

/**
 * The companies and projects of the district's newspaper (shared/seeds) at plausible stages: 时事通 signed
 * and landed, 中交投资 signed, 唐久总部 landed awaiting land supply, 黄河流域水质监测中心 in negotiation, the
 * 长三角 trip's leads, the 樱桃沟 projects as leads. Figures are the articles' (万元).
 */
@Component
class DemoPipeline {

    private static final Logger log = LoggerFactory.getLogger(DemoPipeline.class);

    private final CompanyService companies;
    private final ProjectService projects;
    private final ReferenceDataService referenceData;
    private final UserAccountService users;
    private final Map<String, Long> companyIds = new HashMap<>();

    DemoPipeline(CompanyService companies, ProjectService projects, ReferenceDataService referenceData,
            UserAccountService users) {
        this.companies = companies;
        this.projects = projects;
        this.referenceData = referenceData;
        this.users = users;
    }

    /** Loads the demo pipeline once; an installation that already has companies is left alone. */
    int load() {
        if (companies.count(CompanyFilter.none()) > 0) {
            return 0;
        }
        company("杭州姆珉网络科技有限公司", "珊瑚跨境支付", "杭州", OwnershipType.PRIVATE, "平台经济", null);
        company("浙江和泽医药科技股份有限公司", "和泽医药", "杭州", OwnershipType.PRIVATE, "健康服务业", null);
        company("均和集团", "均和云谷", "上海", OwnershipType.PRIVATE, "平台经济", null);
        company("上海星驾协氢新能源联合试验中心", "星驾科技", "上海", OwnershipType.PRIVATE, "氢能/新能源", null);
        company("上海粤浦科技有限公司", "联东U谷", "上海", OwnershipType.PRIVATE, "智能制造", null);
        company("上海薪太软科技有限公司", "薪太软", "上海", OwnershipType.PRIVATE, "数字经济", null);
        company("唐久便利集团", "唐久", "太原", OwnershipType.PRIVATE, "现代物流", null);
        company("陕西西部实业控股集团", "西部实业", "西安", OwnershipType.PRIVATE, "文化旅游", null);
        company("河南时事通医疗大数据有限公司", "时事通", "郑州", OwnershipType.PRIVATE, "医疗器械", null);
        company("中交投资有限公司", "中交投资", "北京", OwnershipType.CENTRAL_SOE, "片区综合开发", "中国交通建设股份有限公司");
        company("康师傅饮品控股有限公司", "康师傅", "天津", OwnershipType.FOREIGN, "食品", null);
        company("仲景宛西制药股份有限公司", "仲景", "郑州", OwnershipType.LISTED, "健康服务业", null);
        company("杉杉商业集团有限公司", "杉杉奥莱", "宁波", OwnershipType.PRIVATE, "商贸", null);
        company("名扬（企业全称待补）", "名扬", "郑州", OwnershipType.PRIVATE, "5G/电子信息", null);
        company("仝吉（企业全称待补）", "仝吉", "郑州", OwnershipType.PRIVATE, "食品", null);
        company("花花牛乳业集团", "花花牛", "郑州", OwnershipType.PRIVATE, "食品", null);
        company("郑州交通运输集团有限责任公司", "交运集团", "郑州", OwnershipType.LOCAL_SOE, "健康服务业", null);
        company("黄河流域水质监测中心（项目方）", null, "郑州", null, "数字经济", null);
        company("海一云商（企业全称待补）", "海一云商", "郑州", OwnershipType.PRIVATE, "文化旅游", null);
        company("潘多拉野生动物园（项目方）", "潘多拉", null, OwnershipType.PRIVATE, "文化旅游", null);

        UserRef staff = user("staff");
        UserRef staff2 = user("staff2");
        UserRef staff3 = user("staff3");
        UserRef staff4 = user("staff4");
        UserRef leader = user("leader");
        int n = 0;

        // 长三角 trip, late May 2023 (杭州, 上海)
        n += project("珊瑚跨境支付结算中心项目", "杭州姆珉网络科技有限公司", staff, leader, "平台经济", "郑投产业园",
                ProjectSource.TRIP_VISIT, 5000, Stage.SIGNED, facts(LocalDate.of(2023, 5, 24), AgreementType.STRATEGIC,
                        "珊瑚跨境与郑投产业园战略合作协议", 5000), LocalDate.of(2024, 3, 1));
        n += project("MAH药品持有人转化平台及医药B证公司项目", "浙江和泽医药科技股份有限公司", staff, leader, "健康服务业",
                "大学路健康产业带", ProjectSource.TRIP_VISIT, 20000, Stage.NEGOTIATION, null, LocalDate.of(2027, 6, 30));
        n += project("均和云谷郑州智慧港项目", "均和集团", staff, leader, "平台经济", "中央商务区",
                ProjectSource.TRIP_VISIT, 50000, Stage.NEGOTIATION, null, LocalDate.of(2027, 3, 31));
        n += project("星驾科技氢燃料电池组、氢能两轮车智能制造全产业链基地项目", "上海星驾协氢新能源联合试验中心", staff2, leader,
                "氢能/新能源", "二七经开区", ProjectSource.TRIP_VISIT, null, Stage.CONTACT, null, null);
        n += project("联东U谷·郑州二七科技创新谷项目", "上海粤浦科技有限公司", staff2, leader, "智能制造", "二七经开区",
                ProjectSource.TRIP_VISIT, 100000, Stage.NEGOTIATION, null, LocalDate.of(2027, 9, 30));
        n += project("共建二七区数字化集聚平台", "上海薪太软科技有限公司", staff, leader, "数字经济", "中央商务区",
                ProjectSource.TRIP_VISIT, 10000, Stage.SIGNED, facts(LocalDate.of(2023, 5, 27), AgreementType.FRAMEWORK,
                        "《共建二七区数字化集聚平台》框架协议", 10000), LocalDate.of(2027, 12, 31));
        // Xi'an and Chengdu trip, 21-23 April 2023
        n += project("二七区唐久物流总部基地项目", "唐久便利集团", staff4, leader, "现代物流", "马寨镇",
                ProjectSource.TRIP_VISIT, 60000, Stage.LANDED, facts(LocalDate.of(2023, 3, 15), AgreementType.INVESTMENT,
                        "唐久物流总部基地投资协议", 60000).landed(LocalDate.of(2023, 4, 10)), LocalDate.of(2026, 10, 31));
        n += project("恐龙旅游度假区项目", "陕西西部实业控股集团", staff3, leader, "文化旅游", "樱桃沟景区",
                ProjectSource.TRIP_VISIT, 300000, Stage.SITE_VISIT, facts(LocalDate.of(2023, 4, 22)), null);
        // Signed and landed projects of the year
        n += project("二七时事通医疗器械产业园", "河南时事通医疗大数据有限公司", staff2, leader, "医疗器械", "二七经开区",
                ProjectSource.BUSINESS_REFERRAL, 3000, Stage.LANDED, facts(LocalDate.of(2023, 4, 21), AgreementType.PROJECT_COOPERATION,
                        "二七时事通医疗器械产业园项目合作协议", 3000).landed(LocalDate.of(2023, 6, 1)), LocalDate.of(2027, 2, 28));
        n += project("中交投资城市更新战略合作", "中交投资有限公司", staff4, leader, "片区综合开发", "粮二库片区",
                ProjectSource.OTHER, 3000000, Stage.SIGNED, facts(LocalDate.of(2023, 5, 26), AgreementType.STRATEGIC,
                        "二七区与中交投资有限公司战略合作协议", 3000000), LocalDate.of(2027, 5, 1));
        n += project("康师傅饮品中原区域总部", "康师傅饮品控股有限公司", staff, leader, "食品", "中央商务区",
                ProjectSource.STATIONED_COMMISSIONER, 30000, Stage.NEGOTIATION, null, LocalDate.of(2027, 4, 30));
        n += project("仲景医药健康产业园", "仲景宛西制药股份有限公司", staff4, leader, "健康服务业", "新区",
                ProjectSource.BUSINESS_REFERRAL, 80000, Stage.SIGNED, facts(LocalDate.of(2023, 3, 30), AgreementType.INVESTMENT,
                        "仲景医药健康产业园投资协议", 80000), LocalDate.of(2026, 9, 30));
        n += project("杉杉奥莱", "杉杉商业集团有限公司", staff, leader, "商贸", "中央商务区",
                ProjectSource.FAIR, 120000, Stage.STARTED, facts(LocalDate.of(2022, 8, 18), AgreementType.INVESTMENT,
                        "杉杉奥莱项目投资协议", 120000).landed(LocalDate.of(2022, 11, 1)).started(LocalDate.of(2023, 3, 1)), null);
        n += project("名扬5G智能化生产线及研发中心", "名扬（企业全称待补）", staff2, leader, "5G/电子信息", "二七经开区",
                ProjectSource.STATIONED_COMMISSIONER, 31800, Stage.SIGNED, facts(LocalDate.of(2023, 2, 20), AgreementType.INVESTMENT,
                        "名扬5G智能化生产线及研发中心投资协议", 31800), LocalDate.of(2026, 6, 30));
        n += project("仝吉年产5000吨高端糕点面包生产中心", "仝吉（企业全称待补）", staff2, leader, "食品", "二七经开区",
                ProjectSource.WALK_IN, 15000, Stage.LANDED, facts(LocalDate.of(2023, 1, 12), AgreementType.INVESTMENT,
                        "仝吉高端糕点面包生产中心投资协议", 15000).landed(LocalDate.of(2023, 5, 5)), LocalDate.of(2026, 8, 31));
        n += project("花花牛智能科技产业园", "花花牛乳业集团", staff2, leader, "食品", "二七经开区",
                ProjectSource.BUSINESS_REFERRAL, 50000, Stage.STARTED, facts(LocalDate.of(2022, 12, 1), AgreementType.INVESTMENT,
                        "花花牛智能科技产业园投资协议", 50000).landed(LocalDate.of(2023, 2, 1)).started(LocalDate.of(2023, 4, 18)), null);
        n += project("交运集团大学路项目", "郑州交通运输集团有限责任公司", staff4, leader, "健康服务业", "大学路健康产业带",
                ProjectSource.OTHER, null, Stage.CONTACT, null, null);
        n += project("黄河流域水质监测中心", "黄河流域水质监测中心（项目方）", staff4, leader, "数字经济", "新区",
                ProjectSource.OTHER, 8000, Stage.NEGOTIATION, null, LocalDate.of(2027, 3, 1));
        n += project("樱桃沟海一云商项目", "海一云商（企业全称待补）", staff3, leader, "文化旅游", "樱桃沟景区",
                ProjectSource.WALK_IN, null, Stage.LEAD, null, null);
        n += project("潘多拉野生动物园", "潘多拉野生动物园（项目方）", staff3, leader, "文化旅游", "樱桃沟景区",
                ProjectSource.BUSINESS_REFERRAL, null, Stage.LEAD, null, null);
        log.info("Demo data: {} companies and {} projects from the district newspaper", companyIds.size(), n);
        return n;
    }

    private void company(String name, String shortName, String city, OwnershipType ownership, String industry, String parent) {
        Long cityId = city == null ? null : referenceData.cities().stream().filter(c -> c.name().equals(city))
                .map(CitySummary::id).findFirst().orElse(null);
        Long id = companies.save(new CompanyDraft(null, 0, name, shortName, null, cityId, ownership, parent,
                industryId(industry), null, null), true);
        companyIds.put(name, id);
    }

    private int project(String name, String company, UserRef owner, UserRef leader, String industry, String area,
            ProjectSource source, Integer investment, Stage stage, Facts facts, LocalDate plannedStart) {
        Long areaId = referenceData.areas().stream().filter(a -> a.name().equals(area)).map(AreaSummary::id).findFirst().orElse(null);
        ProjectDraft draft = ProjectDraft.newLead(name, companyIds.get(company), source, owner.id(), owner.unitId());
        draft = new ProjectDraft(null, 0, name, draft.companyId(), industryId(industry), null,
                investment == null ? null : BigDecimal.valueOf(investment), null, null, null, null, null, null, areaId, null,
                source, null, owner.id(), owner.unitId(), leader.id(), investment != null && investment >= 50000, false,
                stage.atLeast(Stage.NEGOTIATION), null, null, null, null, null, null, plannedStart, null, null, null, null,
                stage == Stage.LEAD ? Stage.LEAD : Stage.CONTACT);
        Long id = projects.create(draft);
        if (stage.isAfter(Stage.CONTACT)) {
            ProjectDetails details = projects.get(id);
            StageFacts stageFacts = facts == null ? StageFacts.none() : facts.toStageFacts(areaId);
            projects.advance(id, details.version(), stage, stageFacts, null);
        }
        return 1;
    }

    private Long industryId(String name) {
        return referenceData.industries().stream().filter(i -> i.name().equals(name)).map(IndustrySummary::id).findFirst()
                .orElse(null);
    }

    private UserRef user(String username) {
        return users.pickList(null).stream().filter(u -> u.displayName().equals(DemoDataLoader.NAMES.get(username)))
                .findFirst().orElseThrow();
    }

    private static Facts facts(LocalDate siteVisit) {
        return new Facts(siteVisit, null, null, null, 0, null, null, null);
    }

    private static Facts facts(LocalDate signed, AgreementType type, String title, int amount) {
        return new Facts(signed.minusMonths(1), signed, type, title, amount, null, null, null);
    }

    /** The facts a demo project's stages need. */
    private record Facts(LocalDate siteVisit, LocalDate signed, AgreementType type, String title, int amount,
            LocalDate landed, LocalDate started, LocalDate operating) {

        Facts landed(LocalDate date) {
            return new Facts(siteVisit, signed, type, title, amount, date, started, operating);
        }

        Facts started(LocalDate date) {
            return new Facts(siteVisit, signed, type, title, amount, landed, date, operating);
        }

        StageFacts toStageFacts(Long areaId) {
            return new StageFacts(siteVisit, null, areaId, signed, type, amount == 0 ? null : BigDecimal.valueOf(amount),
                    title, null, landed, started, operating);
        }
    }
}
