package org.zhaoshang.crm.demo;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhaoshang.crm.base.text.PinyinInitials;
import org.zhaoshang.crm.company.CompanyNames;
import org.zhaoshang.crm.company.OwnershipType;
import org.zhaoshang.crm.project.AgreementType;
import org.zhaoshang.crm.project.InvestmentMode;
import org.zhaoshang.crm.project.ProjectSource;
import org.zhaoshang.crm.project.Stage;
import org.zhaoshang.crm.project.StageChangeKind;

/**
 * Synthetic companies and projects in bulk, for benchmarks and for trying the app with a realistic amount of
 * data: names that read like real ones, stages skewed to the early pipeline, actual dates consistent with
 * the stage, some projects 应开未开 and some negotiations stale.
 *
 * <p>Rows go straight into {@code company}, {@code project}, {@code project_stage_change} and
 * {@code project_agreement} with batched JDBC, one transaction per chunk of {@value #CHUNK} rows, not through
 * the services and JPA. That is deliberate: 300,000 entities through Hibernate and Envers would take many
 * minutes and write an audit revision per row, and a benchmark needs the data, not an audit trail of how it
 * was made. The price is that nothing here checks the services' rules, so the rows are built to satisfy
 * them (the facts each stage needs, actual dates not after today and in milestone order, an agreement for
 * every signed project), and the audit tables stay empty for these rows.
 *
 * <p>Deterministic: the same seed, anchor day and starting database (reference data, users, existing rows)
 * give identical rows. Dates are laid out over the four years before the anchor day, which defaults to
 * today in Beijing, so that 应开未开 and staleness, which the app computes against today, look as intended.
 */
@Component
public class SyntheticData {

    /** What one run wrote, and how long it took. */
    public record Result(int companies, int projects, int stageChanges, int agreements, long seed, LocalDate today,
            long elapsedMillis) {
    }

    private static final Logger log = LoggerFactory.getLogger(SyntheticData.class);
    private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");

    /** Rows per batch and per transaction: large enough for multi-row inserts to pay, small enough for undo logs. */
    static final int CHUNK = 2_000;
    private static final int PROGRESS_EVERY = 20_000;
    private static final int YEARS = 4;
    private static final int STALE_AFTER_DAYS = 30;

    private static final Weighted<Stage> STAGE = Weighted.of(List.of(Stage.LEAD, Stage.CONTACT, Stage.SITE_VISIT,
            Stage.NEGOTIATION, Stage.SIGNED, Stage.LANDED, Stage.STARTED, Stage.OPERATING, Stage.ON_HOLD, Stage.DROPPED),
            30, 20, 12, 15, 8, 5, 4, 2, 3, 1);
    /** Where paused and dropped projects had got to: mostly early, as in the pipeline itself. */
    private static final Weighted<Stage> PAUSED_FROM = Weighted.of(List.of(Stage.LEAD, Stage.CONTACT, Stage.SITE_VISIT,
            Stage.NEGOTIATION, Stage.SIGNED, Stage.LANDED), 25, 25, 20, 20, 7, 3);
    private static final Weighted<OwnershipType> OWNERSHIP = Weighted.of(List.of(OwnershipType.PRIVATE,
            OwnershipType.LOCAL_SOE, OwnershipType.CENTRAL_SOE, OwnershipType.FOREIGN, OwnershipType.LISTED), 70, 8, 4, 8, 10);
    private static final Weighted<InvestmentMode> MODE = Weighted.of(List.of(InvestmentMode.NEW_BUILD, InvestmentMode.LEASE,
            InvestmentMode.PURCHASE, InvestmentMode.EXPANSION, InvestmentMode.TECH_UPGRADE), 35, 30, 10, 15, 10);
    private static final Weighted<ProjectSource> SOURCE = Weighted.of(List.of(ProjectSource.TRIP_VISIT,
            ProjectSource.STATIONED_COMMISSIONER, ProjectSource.BUSINESS_REFERRAL, ProjectSource.FAIR, ProjectSource.WALK_IN,
            ProjectSource.OTHER), 25, 15, 20, 10, 15, 15);
    private static final Weighted<AgreementType> AGREEMENT = Weighted.of(List.of(AgreementType.INVESTMENT,
            AgreementType.PROJECT_COOPERATION, AgreementType.FRAMEWORK, AgreementType.STRATEGIC), 45, 25, 20, 10);
    private static final List<String> HOLD_REASONS = List.of("企业投资计划调整", "用地指标暂未落实", "企业资金安排推迟",
            "选址意向未达成一致", "企业决策层变动，待重新研究");
    private static final List<String> DROP_REASONS = List.of("企业决定落户外地", "政策条件无法满足企业诉求", "企业经营出现异常",
            "企业取消扩产计划");
    private static final List<String> CARRIERS = List.of("升龙天玺商务楼宇", "二七万达广场写字楼", "中物产业园标准厂房",
            "郑投产业园孵化楼", "马寨产业集聚区标准化厂房");

    /** Units that bring in more projects than the others: the bureau of commerce and the development zone. */
    private static final Set<String> BUSY_UNITS = Set.of("区商务局", "二七经开区管委会");
    private static final double BUSY_UNIT_WEIGHT = 4;
    private static final String HOME_CITY = "郑州";

    /** Provinces, so that CompanyNames strips 浙江 from 浙江和泽… as the company service does. */
    private static final List<String> PROVINCES = List.of("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林",
            "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州",
            "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门");

    private static final String COMPANY_INSERT = """
            insert into company (id, name, short_name, credit_code, normalized_name, search_key, hq_city_id,
                                 ownership_type, industry_id, version, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""";
    private static final int[] COMPANY_TYPES = {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.BIGINT, Types.TIMESTAMP, Types.TIMESTAMP};

    private static final String PROJECT_INSERT = """
            insert into project (id, name, company_id, industry_id, investment_mode, total_investment,
                                 fixed_asset_investment, expected_annual_revenue, expected_tax, jobs, land_need_mu,
                                 floor_space_sqm, area_id, carrier, source, owner_id, responsible_unit_id,
                                 leader_in_charge_id, key_district, key_provincial, in_library, library_date, stage,
                                 paused_from_stage, hold_reason, stage_changed_at, last_activity_at, site_visit_date,
                                 planned_sign_date, actual_sign_date, planned_land_date, actual_land_date,
                                 planned_start_date, actual_start_date, planned_operation_date, actual_operation_date,
                                 search_key, version, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    ?, ?, ?, 0, ?, ?)""";
    private static final int[] PROJECT_TYPES = {Types.BIGINT, Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.VARCHAR,
        Types.DECIMAL, Types.DECIMAL, Types.DECIMAL, Types.DECIMAL, Types.INTEGER, Types.DECIMAL, Types.DECIMAL,
        Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BOOLEAN,
        Types.BOOLEAN, Types.BOOLEAN, Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP,
        Types.TIMESTAMP, Types.DATE, Types.DATE, Types.DATE, Types.DATE, Types.DATE, Types.DATE, Types.DATE,
        Types.DATE, Types.DATE, Types.VARCHAR, Types.TIMESTAMP, Types.TIMESTAMP};

    private static final String STAGE_CHANGE_INSERT = """
            insert into project_stage_change (project_id, kind, from_stage, to_stage, changed_at, changed_by_id,
                                              changed_by_name, remark)
            values (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final int[] STAGE_CHANGE_TYPES = {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
        Types.TIMESTAMP, Types.BIGINT, Types.VARCHAR, Types.VARCHAR};

    private static final String AGREEMENT_INSERT = """
            insert into project_agreement (project_id, type, title, signed_on, parties, amount, version, created_at,
                                           updated_at)
            values (?, ?, ?, ?, ?, ?, 0, ?, ?)""";
    private static final int[] AGREEMENT_TYPES = {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.VARCHAR,
        Types.DECIMAL, Types.TIMESTAMP, Types.TIMESTAMP};

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SyntheticData(JdbcTemplate jdbc, PlatformTransactionManager transactions, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Generates with today (Beijing) as the anchor day; see {@link #generate(int, int, long, LocalDate)}. */
    public Result generate(int companies, int projects, long seed) {
        return generate(companies, projects, seed, LocalDate.now(clock.withZone(OFFICE_ZONE)));
    }

    /**
     * Adds {@code companies} companies and {@code projects} projects (with their stage history and agreements)
     * laid out over the four years before {@code today}. Needs the reference data and at least one user, who
     * owns projects; refuses before writing anything when they are missing.
     */
    public Result generate(int companies, int projects, long seed, LocalDate today) {
        if (companies < 1 || projects < 0) {
            throw new IllegalArgumentException("Need at least one company and no negative project count, got "
                    + companies + " companies and " + projects + " projects");
        }
        long started = System.nanoTime();
        Reference reference = Reference.load(jdbc);
        SplittableRandom root = new SplittableRandom(seed);
        // Independent streams, so that changing how companies are drawn leaves the project plan alone.
        SplittableRandom planRandom = root.split();
        SplittableRandom companyRandom = root.split();
        SplittableRandom projectRandom = root.split();

        Timeline timeline = new Timeline(today);
        long firstCompanyId = nextId("company");
        long firstProjectId = nextId("project");
        log.info("Synthetic data: {} companies (ids from {}) and {} projects (ids from {}), seed {}, anchor day {}",
                companies, firstCompanyId, projects, firstProjectId, seed, today);

        // Which company each project belongs to and when it was created, decided first, so that a company is
        // created before its first project.
        int[] projectCompany = new int[projects];
        int[] projectCreated = new int[projects];
        int[] firstProjectDay = new int[companies];
        Arrays.fill(firstProjectDay, Integer.MAX_VALUE);
        for (int i = 0; i < projects; i++) {
            projectCompany[i] = planRandom.nextInt(companies);
            projectCreated[i] = timeline.randomDay(planRandom);
            firstProjectDay[projectCompany[i]] = Math.min(firstProjectDay[projectCompany[i]], projectCreated[i]);
        }

        CompanyBook book = insertCompanies(companies, firstCompanyId, firstProjectDay, reference, timeline, companyRandom,
                started);
        int[] counts = insertProjects(projects, firstProjectId, firstCompanyId, projectCompany, projectCreated, book,
                reference, timeline, projectRandom, started);

        // What the application keeps on the project with each agreement (Project.agreementsChanged): the counted
        // signing date, the 签约金额 and the latest agreement's type.
        jdbc.update("""
                update project p
                join (select project_id, min(signed_on) as first_signed, sum(amount) as amount from project_agreement
                      where project_id >= ? group by project_id) a on a.project_id = p.id
                set p.first_signed_on = a.first_signed, p.agreement_amount = a.amount,
                    p.agreement_type = (select g.type from project_agreement g where g.project_id = p.id
                                        order by g.signed_on desc, g.id desc limit 1)""", firstProjectId);
        // The company's home city the application keeps on each project (ProjectService, CompanyEvents).
        jdbc.update("update project p join company c on c.id = p.company_id set p.origin_city_id = c.hq_city_id"
                + " where p.id >= ?", firstProjectId);
        // Fresh statistics at once, rather than when InnoDB's background sampling notices a table grew tenfold.
        jdbc.execute("analyze table company, project, project_stage_change, project_agreement");
        Result result = new Result(companies, projects, counts[0], counts[1], seed, today,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        log.info("Synthetic data: done in {} ms: {} companies, {} projects, {} stage changes, {} agreements",
                result.elapsedMillis(), result.companies(), result.projects(), result.stageChanges(), result.agreements());
        return result;
    }

    /** What projects need to know of the generated companies, by index. */
    private record CompanyBook(String[] brands, String[] names, String[] shortNames, int[] industries) {
    }

    private CompanyBook insertCompanies(int count, long firstId, int[] firstProjectDay, Reference reference,
            Timeline timeline, SplittableRandom random, long started) {
        Set<String> names = new HashSet<>(jdbc.queryForList("select name from company", String.class));
        Set<String> creditCodes = new HashSet<>(jdbc.queryForList(
                "select credit_code from company where credit_code is not null", String.class));
        String[] brands = new String[count];
        String[] fullNames = new String[count];
        String[] shortNames = new String[count];
        int[] industries = new int[count];
        List<Object[]> rows = new ArrayList<>(CHUNK);
        for (int i = 0; i < count; i++) {
            int industry = random.nextInt(reference.industries.size());
            City city = reference.city.next(random);
            String brand;
            String trade;
            String name;
            int attempts = 0;
            do {
                // A name taken (by an earlier row or by a real company) is drawn again; it rarely takes more than one try.
                if (++attempts > 1_000) {
                    throw new IllegalStateException("Cannot find a free company name after 1000 tries; are there "
                            + "millions of companies already?");
                }
                brand = SyntheticNames.brand(random);
                trade = SyntheticNames.trade(random, reference.industries.get(industry).code());
                name = SyntheticNames.companyName(random, brand, city.name(), trade);
            } while (!names.add(name));
            String shortName = SyntheticNames.shortName(random, brand, trade);
            String normalized = CompanyNames.normalize(name, reference.placeNames);
            String creditCode = null;
            if (random.nextInt(3) == 0) {
                do {
                    creditCode = SyntheticNames.creditCode(random, city.name());
                } while (!creditCodes.add(creditCode));
            }
            int createdDay = firstProjectDay[i] == Integer.MAX_VALUE
                    ? timeline.randomDay(random)
                    : firstProjectDay[i] - 1 - random.nextInt(90);
            LocalDateTime created = timeline.at(createdDay, 0, random);
            rows.add(new Object[] {firstId + i, name, shortName, creditCode, normalized.isEmpty() ? name : normalized,
                PinyinInitials.searchKey(name, shortName), city.id(), OWNERSHIP.next(random).name(),
                reference.industries.get(industry).id(), created, created});
            brands[i] = brand;
            fullNames[i] = name;
            shortNames[i] = shortName;
            industries[i] = industry;
            if (rows.size() == CHUNK || i == count - 1) {
                List<Object[]> chunk = rows;
                transaction.executeWithoutResult(status -> jdbc.batchUpdate(COMPANY_INSERT, chunk, COMPANY_TYPES));
                rows = new ArrayList<>(CHUNK);
                progress("companies", i + 1, count, started);
            }
        }
        return new CompanyBook(brands, fullNames, shortNames, industries);
    }

    /** Returns the number of stage changes and of agreements written. */
    private int[] insertProjects(int count, long firstId, long firstCompanyId, int[] projectCompany, int[] projectCreated,
            CompanyBook book, Reference reference, Timeline timeline, SplittableRandom random, long started) {
        Set<String> names = new HashSet<>(jdbc.queryForList("select name from project", String.class));
        List<Object[]> projectRows = new ArrayList<>(CHUNK);
        List<Object[]> changeRows = new ArrayList<>(CHUNK * 2);
        List<Object[]> agreementRows = new ArrayList<>(CHUNK / 4);
        int changes = 0;
        int agreements = 0;
        for (int i = 0; i < count; i++) {
            int company = projectCompany[i];
            ProjectRows project = project(firstId + i, firstCompanyId + company, projectCreated[i], book, company,
                    names, reference, timeline, random);
            projectRows.add(project.project());
            changeRows.addAll(project.changes());
            if (project.agreement() != null) {
                agreementRows.add(project.agreement());
            }
            if (projectRows.size() == CHUNK || i == count - 1) {
                List<Object[]> p = projectRows;
                List<Object[]> c = changeRows;
                List<Object[]> a = agreementRows;
                transaction.executeWithoutResult(status -> {
                    jdbc.batchUpdate(PROJECT_INSERT, p, PROJECT_TYPES);
                    jdbc.batchUpdate(STAGE_CHANGE_INSERT, c, STAGE_CHANGE_TYPES);
                    if (!a.isEmpty()) {
                        jdbc.batchUpdate(AGREEMENT_INSERT, a, AGREEMENT_TYPES);
                    }
                });
                changes += c.size();
                agreements += a.size();
                projectRows = new ArrayList<>(CHUNK);
                changeRows = new ArrayList<>(CHUNK * 2);
                agreementRows = new ArrayList<>(CHUNK / 4);
                progress("projects", i + 1, count, started);
            }
        }
        return new int[] {changes, agreements};
    }

    private record ProjectRows(Object[] project, List<Object[]> changes, Object[] agreement) {
    }

    /**
     * One project with its history. The stage is drawn first, then the days on which it reached each stage,
     * as sorted random days between its creation and yesterday: milestones are in order and never in the future.
     */
    private ProjectRows project(long id, long companyId, int createdDay, CompanyBook book, int company, Set<String> names,
            Reference reference, Timeline timeline, SplittableRandom random) {
        Stage stage = STAGE.next(random);
        boolean paused = stage == Stage.ON_HOLD || stage == Stage.DROPPED;
        Stage reached = paused ? PAUSED_FROM.next(random) : stage;
        int reachedIndex = reached.ordinal();
        Stage initial = reachedIndex >= Stage.CONTACT.ordinal() && random.nextInt(3) == 0 ? Stage.CONTACT : Stage.LEAD;

        // entered[k]: the day the project reached pipeline stage k (LEAD = 0 … OPERATING = 7).
        int[] entered = new int[Stage.OPERATING.ordinal() + 1];
        Arrays.fill(entered, -1);
        for (int k = 0; k <= initial.ordinal(); k++) {
            entered[k] = createdDay;
        }
        int later = reachedIndex - initial.ordinal();
        if (later > 0) {
            int[] days = new int[later];
            for (int k = 0; k < later; k++) {
                days[k] = createdDay + random.nextInt(timeline.lastDay() - createdDay + 1);
            }
            Arrays.sort(days);
            for (int k = 0; k < later; k++) {
                entered[initial.ordinal() + 1 + k] = days[k];
            }
        }
        int pausedDay = paused ? entered[reachedIndex] + random.nextInt(timeline.lastDay() - entered[reachedIndex] + 1) : -1;

        int industry = random.nextInt(100) < 85 ? book.industries()[company] : random.nextInt(reference.industries.size());
        Industry industryRow = reference.industries.get(industry);
        String name = SyntheticNames.projectName(random, book.brands()[company], industryRow.code());
        for (int attempt = 0; names.contains(name) && attempt < 5; attempt++) {
            name = SyntheticNames.projectName(random, book.brands()[company], industryRow.code());
        }
        // A name still taken is a second phase of the same kind of project, which is how such names arise for real.
        String base = name;
        for (int phase = 2; !names.add(name); phase++) {
            name = base + "（" + phaseNumber(phase) + "期）";
        }

        Unit unit = reference.unit.next(random);
        User owner = unit.users().isEmpty() || random.nextInt(100) >= 80
                ? reference.users.get(random.nextInt(reference.users.size()))
                : unit.users().get(random.nextInt(unit.users().size()));
        boolean keyDistrict = random.nextInt(100) < (reached.atLeast(Stage.NEGOTIATION) ? 15 : 3);
        boolean keyProvincial = keyDistrict && random.nextInt(100) < 20;
        Long leader = !reference.leaders.isEmpty() && (keyDistrict || random.nextInt(100) < 4)
                ? reference.leaders.get(random.nextInt(reference.leaders.size())) : null;

        boolean negotiated = reached.atLeast(Stage.NEGOTIATION);
        InvestmentMode mode = negotiated || random.nextInt(100) < 70 ? MODE.next(random) : null;
        BigDecimal total = negotiated || random.nextInt(100) < 60 ? investment(random) : null;
        BigDecimal fixedAsset = total != null && (mode == InvestmentMode.NEW_BUILD || mode == InvestmentMode.PURCHASE
                || mode == InvestmentMode.TECH_UPGRADE) ? percent(total, 55 + random.nextInt(40)) : null;
        BigDecimal revenue = total != null && random.nextInt(100) < 60 ? percent(total, 40 + random.nextInt(260)) : null;
        BigDecimal tax = revenue != null && random.nextInt(100) < 70 ? percent(revenue, 15 + random.nextInt(35)) : null;
        Integer jobs = total != null && random.nextInt(100) < 50
                ? Math.max(10, Math.min(5_000, total.intValue() / (30 + random.nextInt(120)))) : null;
        BigDecimal landMu = total != null && mode == InvestmentMode.NEW_BUILD && random.nextInt(100) < 70
                ? BigDecimal.valueOf(Math.max(100, total.longValue() * 100 / (150 + random.nextInt(300))), 2) : null;
        BigDecimal floorSpace = mode == InvestmentMode.LEASE || mode == InvestmentMode.PURCHASE
                ? BigDecimal.valueOf((3 + random.nextInt(400)) * 50L).setScale(2) : null;
        Long area = negotiated || random.nextInt(100) < 40
                ? reference.areas.get(random.nextInt(reference.areas.size())) : null;
        String carrier = mode == InvestmentMode.LEASE && random.nextInt(100) < 25
                ? CARRIERS.get(random.nextInt(CARRIERS.size())) : null;

        LocalDate siteVisit = day(entered[Stage.SITE_VISIT.ordinal()]);
        LocalDate actualSign = day(entered[Stage.SIGNED.ordinal()]);
        LocalDate actualLand = day(entered[Stage.LANDED.ordinal()]);
        LocalDate actualStart = day(entered[Stage.STARTED.ordinal()]);
        LocalDate actualOperation = day(entered[Stage.OPERATING.ordinal()]);

        // Planned milestones, planned backwards from the start date (倒排工期). Before 开工 the planned start
        // ranges from eight months ago to a year and a half ahead, so that a share of projects is 应开未开.
        LocalDate plannedSign = null;
        LocalDate plannedLand = null;
        LocalDate plannedStart = null;
        LocalDate plannedOperation = null;
        int plannedChance = switch (reached) {
            case LEAD -> 10;
            case CONTACT -> 25;
            case SITE_VISIT -> 50;
            case NEGOTIATION -> 85;
            default -> 95;
        };
        if (stage != Stage.DROPPED && random.nextInt(100) < plannedChance) {
            int startDay;
            if (actualStart != null) {
                startDay = entered[Stage.STARTED.ordinal()] + random.nextInt(121) - 60;
            } else {
                startDay = timeline.lastDay() + 1 - 240 + random.nextInt(240 + 540);
                int notBefore = Math.max(createdDay, Math.max(entered[Stage.SIGNED.ordinal()], entered[Stage.LANDED.ordinal()]));
                startDay = Math.max(startDay, notBefore + 30);
            }
            // Planned after the project was noted, so that the milestones planned backwards from it stay in order.
            startDay = Math.max(startDay, createdDay + 1);
            int landDay = Math.max(createdDay, startDay - 15 - random.nextInt(106));
            int signDay = Math.max(createdDay, landDay - 15 - random.nextInt(106));
            plannedStart = day(startDay);
            plannedLand = day(landDay);
            plannedSign = day(signDay);
            plannedOperation = day(startDay + 180 + random.nextInt(541));
        }

        LocalDateTime created = timeline.at(createdDay, initial.ordinal(), random);
        int currentDay = paused ? pausedDay : entered[reachedIndex];
        LocalDateTime stageChanged = !paused && reached == initial ? created : timeline.at(currentDay, stage.ordinal(), random);
        LocalDateTime lastActivity = paused ? stageChanged : lastActivity(stageChanged, currentDay, timeline, random);
        boolean inLibrary = random.nextInt(100) < (negotiated ? 70 : 10);
        LocalDate libraryDate = inLibrary ? day(createdDay + random.nextInt(timeline.lastDay() - createdDay + 1)) : null;
        String holdReason = stage == Stage.ON_HOLD ? HOLD_REASONS.get(random.nextInt(HOLD_REASONS.size()))
                : stage == Stage.DROPPED ? DROP_REASONS.get(random.nextInt(DROP_REASONS.size())) : null;

        String companyName = book.names()[company];
        Object[] row = {id, name, companyId, industryRow.id(), mode == null ? null : mode.name(), total, fixedAsset,
            revenue, tax, jobs, landMu, floorSpace, area, carrier, SOURCE.next(random).name(), owner.id(), unit.id(),
            leader, keyDistrict, keyProvincial, inLibrary, libraryDate, stage.name(), paused ? reached.name() : null,
            holdReason, stageChanged, lastActivity, siteVisit, plannedSign, actualSign, plannedLand, actualLand,
            plannedStart, actualStart, plannedOperation, actualOperation,
            PinyinInitials.searchKey(name, companyName, book.shortNames()[company]), created, lastActivity};

        List<Object[]> changes = new ArrayList<>(3);
        changes.add(new Object[] {id, StageChangeKind.CREATED.name(), null, initial.name(), created, owner.id(),
            owner.name(), null});
        if (reached != initial) {
            changes.add(new Object[] {id, StageChangeKind.ADVANCED.name(), initial.name(), reached.name(),
                paused ? timeline.at(entered[reachedIndex], reachedIndex, random) : stageChanged, owner.id(),
                owner.name(), null});
        }
        if (paused) {
            changes.add(new Object[] {id, (stage == Stage.ON_HOLD ? StageChangeKind.HELD : StageChangeKind.DROPPED).name(),
                reached.name(), stage.name(), stageChanged, owner.id(), owner.name(), holdReason});
        }

        Object[] agreement = null;
        if (actualSign != null) {
            AgreementType type = AGREEMENT.next(random);
            LocalDateTime signedAt = timeline.at(entered[Stage.SIGNED.ordinal()], Stage.SIGNED.ordinal(), random);
            agreement = new Object[] {id, type.name(), name + agreementTitle(type), actualSign, "二七区 / " + companyName,
                percent(total, 60 + random.nextInt(41)), signedAt, signedAt};
        }
        return new ProjectRows(row, changes, agreement);
    }

    /**
     * After the stage change, follow-ups keep a project active; about 40% of projects that have been in their
     * stage for more than a month had nothing since, which is what makes negotiations stale.
     */
    private static LocalDateTime lastActivity(LocalDateTime stageChanged, int stageDay, Timeline timeline,
            SplittableRandom random) {
        int last = timeline.lastDay();
        int recentFrom = last - STALE_AFTER_DAYS + 1;
        int day;
        if (stageDay >= recentFrom || random.nextInt(100) < 60) {
            int from = Math.max(stageDay, recentFrom);
            day = from + random.nextInt(last - from + 1);
        } else {
            day = stageDay + random.nextInt(recentFrom - 1 - stageDay + 1);
        }
        LocalDateTime at = timeline.at(day, Stage.values().length, random);
        return at.isAfter(stageChanged) ? at : stageChanged.plusMinutes(1 + random.nextInt(30));
    }

    /**
     * 500 to 500,000 万元, log-normal around 8,000 万元: many small projects, a few very large ones. Values
     * outside are drawn again rather than clamped, which would pile 2% of the projects up at exactly 500.
     */
    private static BigDecimal investment(SplittableRandom random) {
        double value;
        do {
            value = Math.exp(Math.log(8_000) + 1.4 * gaussian(random));
        } while (value < 500 || value > 500_000);
        return BigDecimal.valueOf(Math.round(value * 100), 2);
    }

    /** Box–Muller from two uniforms: SplittableRandom's own nextGaussian draws a varying number of values. */
    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static BigDecimal percent(BigDecimal amount, int percent) {
        return amount == null ? null
                : amount.multiply(BigDecimal.valueOf(percent)).movePointLeft(2).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static String agreementTitle(AgreementType type) {
        return switch (type) {
            case FRAMEWORK -> "框架协议";
            case STRATEGIC -> "战略合作协议";
            case INVESTMENT -> "投资协议";
            case PROJECT_COOPERATION -> "项目合作协议";
        };
    }

    private static String phaseNumber(int phase) {
        String[] numbers = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        return phase < numbers.length ? numbers[phase] : String.valueOf(phase);
    }

    private static LocalDate day(int epochDay) {
        return epochDay < 0 ? null : LocalDate.ofEpochDay(epochDay);
    }

    private long nextId(String table) {
        Long max = jdbc.queryForObject("select max(id) from " + table, Long.class);
        return max == null ? 1 : max + 1;
    }

    private static void progress(String what, int done, int total, long started) {
        if (done % PROGRESS_EVERY == 0 || done == total) {
            log.info("Synthetic data: {}/{} {} ({} s)", done, total, what,
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
        }
    }

    /** The four years of days the data spreads over, and office-hour timestamps on them. */
    private static final class Timeline {

        private final int firstDay;
        private final int lastDay;

        Timeline(LocalDate today) {
            // Everything up to yesterday: timestamps are then in the past whatever the time of the run.
            this.lastDay = (int) today.minusDays(1).toEpochDay();
            this.firstDay = (int) today.minusYears(YEARS).toEpochDay();
        }

        int lastDay() {
            return lastDay;
        }

        int randomDay(SplittableRandom random) {
            return firstDay + random.nextInt(lastDay - firstDay + 1);
        }

        /**
         * A moment in office hours (Beijing) on the day, as the UTC date-time the columns hold. The step puts
         * events of one day in pipeline order: stage k happens between 09:00 + 25k and 09:20 + 25k minutes.
         */
        LocalDateTime at(int epochDay, int step, SplittableRandom random) {
            Instant instant = LocalDate.ofEpochDay(epochDay).atTime(9, 0)
                    .plusMinutes(25L * step + random.nextInt(20)).plusSeconds(random.nextInt(60))
                    .atZone(OFFICE_ZONE).toInstant();
            return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
    }

    private record City(long id, String name) {
    }

    private record Industry(long id, String code) {
    }

    private record User(long id, String name) {
    }

    private record Unit(long id, List<User> users) {
    }

    /** Reference data and users as they are in the database, in id order so that a seed picks the same rows. */
    private record Reference(Weighted<City> city, List<Industry> industries, Weighted<Unit> unit, List<Long> areas,
            List<User> users, List<Long> leaders, Set<String> placeNames) {

        static Reference load(JdbcTemplate jdbc) {
            List<User> users = new ArrayList<>();
            Map<Long, List<User>> usersByUnit = new HashMap<>();
            List<Long> leaders = new ArrayList<>();
            jdbc.query("select id, display_name, unit_id, role from app_user where enabled = true order by id", rs -> {
                User user = new User(rs.getLong("id"), rs.getString("display_name"));
                users.add(user);
                usersByUnit.computeIfAbsent(rs.getLong("unit_id"), unit -> new ArrayList<>()).add(user);
                if ("LEADER".equals(rs.getString("role"))) {
                    leaders.add(user.id());
                }
            });
            if (users.isEmpty()) {
                throw new IllegalStateException("Synthetic data needs at least one enabled user in app_user to own the "
                        + "projects; run with the demo data (crm.demo.enabled=true, the default run mode) or create a user first");
            }
            List<Unit> units = new ArrayList<>();
            List<Double> unitWeights = new ArrayList<>();
            jdbc.query("select id, name from unit where active = true order by id", rs -> {
                units.add(new Unit(rs.getLong("id"), usersByUnit.getOrDefault(rs.getLong("id"), List.of())));
                unitWeights.add(BUSY_UNITS.contains(rs.getString("name")) ? BUSY_UNIT_WEIGHT : 1.0);
            });
            List<Industry> industries = jdbc.query(
                    "select id, code from industry where parent_id is not null and active = true order by id",
                    (rs, n) -> new Industry(rs.getLong("id"), rs.getString("code")));
            List<Long> areas = jdbc.queryForList("select id from area where active = true order by id", Long.class);
            List<City> cities = new ArrayList<>();
            List<Double> cityWeights = new ArrayList<>();
            Set<String> placeNames = new LinkedHashSet<>(PROVINCES);
            jdbc.query("select id, name, province from city where active = true order by id", rs -> {
                cities.add(new City(rs.getLong("id"), rs.getString("name")));
                // Zhengzhou's own companies are a large share of the district's partners.
                cityWeights.add(HOME_CITY.equals(rs.getString("name")) ? 8.0 : 1.0);
                placeNames.add(rs.getString("name"));
                placeNames.add(rs.getString("province"));
            });
            if (units.isEmpty() || industries.isEmpty() || areas.isEmpty() || cities.isEmpty()) {
                throw new IllegalStateException("Synthetic data needs units, industry branches, areas and cities in the "
                        + "reference data; found " + units.size() + ", " + industries.size() + ", " + areas.size() + " and "
                        + cities.size());
            }
            return new Reference(Weighted.of(cities, weights(cityWeights)), industries,
                    Weighted.of(units, weights(unitWeights)), areas, users, leaders, placeNames);
        }

        private static double[] weights(List<Double> weights) {
            return weights.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }

    /** What {@link #generateActivity} added. */
    public record ActivityResult(int followups, int problems, long elapsedMillis) {
    }

    private static final String[] FOLLOWUP_KINDS = {"VISIT", "TALK", "PHONE", "RECEPTION", "SIGNING", "ON_SITE"};
    private static final String[] PROBLEM_STATUSES = {"TO_ASSIGN", "IN_PROGRESS", "IN_PROGRESS", "CLOSE_REQUESTED", "CLOSED",
        "CLOSED", "CLOSED"};

    /**
     * Adds follow-ups and supervision problems to the projects already there (for the cockpit benchmark):
     * follow-ups spread over the four years before {@code today}, a tenth still with an open next date;
     * problems with deadlines from two years back to half a year ahead, most closed out, so that some are
     * overdue. Plain JDBC in chunks, like the projects. Does not touch the projects' last activity.
     */
    public ActivityResult generateActivity(int followups, int problems, long seed, LocalDate today) {
        long started = System.nanoTime();
        List<long[]> projects = new ArrayList<>();
        jdbc.query("select id, owner_id, responsible_unit_id from project", rs -> {
            projects.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
        });
        List<Long> categories = jdbc.queryForList("select id from problem_category", Long.class);
        if (projects.isEmpty() || categories.isEmpty()) {
            throw new IllegalStateException("Generate projects first: there are none to add activity to");
        }
        SplittableRandom random = new SplittableRandom(seed);
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        List<Object[]> rows = new ArrayList<>(CHUNK);
        String followupInsert = """
                insert into followup (project_id, author_id, kind, happened_at, content, next_date, closed_at, version,
                                      created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""";
        int[] followupTypes = {Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP, Types.VARCHAR, Types.DATE,
            Types.TIMESTAMP, Types.TIMESTAMP, Types.TIMESTAMP};
        for (int i = 0; i < followups; i++) {
            long[] project = projects.get(random.nextInt(projects.size()));
            LocalDateTime at = today.minusDays(random.nextInt(4 * 365)).atTime(1 + random.nextInt(10), random.nextInt(60));
            boolean open = random.nextInt(10) == 0;
            rows.add(new Object[] {project[0], project[1], FOLLOWUP_KINDS[random.nextInt(FOLLOWUP_KINDS.length)], at,
                "与企业沟通项目进展（合成数据）", open ? at.toLocalDate().plusDays(7 + random.nextInt(30)) : null,
                open ? null : at.plusDays(1), now, now});
            if (rows.size() == CHUNK || i == followups - 1) {
                List<Object[]> chunk = rows;
                transaction.executeWithoutResult(status -> jdbc.batchUpdate(followupInsert, chunk, followupTypes));
                rows = new ArrayList<>(CHUNK);
            }
        }
        Long raiser = jdbc.queryForObject("select min(id) from app_user", Long.class);
        String problemInsert = """
                insert into problem (project_id, title, category_id, source, raised_by_id, raised_on, lead_unit_id, deadline,
                                     status, closed_at, version, created_at, updated_at)
                values (?, ?, ?, 'DIRECT', ?, ?, ?, ?, ?, ?, 0, ?, ?)""";
        int[] problemTypes = {Types.BIGINT, Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.DATE, Types.BIGINT, Types.DATE,
            Types.VARCHAR, Types.TIMESTAMP, Types.TIMESTAMP, Types.TIMESTAMP};
        for (int i = 0; i < problems; i++) {
            long[] project = projects.get(random.nextInt(projects.size()));
            LocalDate deadline = today.minusDays(730).plusDays(random.nextInt(730 + 180));
            String status = PROBLEM_STATUSES[random.nextInt(PROBLEM_STATUSES.length)];
            rows.add(new Object[] {project[0], "项目推进堵点（合成数据）" + (i + 1), categories.get(random.nextInt(categories.size())),
                raiser, deadline.minusDays(30), project[2], deadline, status,
                status.equals("CLOSED") ? deadline.atStartOfDay() : null, now, now});
            if (rows.size() == CHUNK || i == problems - 1) {
                List<Object[]> chunk = rows;
                transaction.executeWithoutResult(status2 -> jdbc.batchUpdate(problemInsert, chunk, problemTypes));
                rows = new ArrayList<>(CHUNK);
            }
        }
        jdbc.execute("analyze table followup, problem");
        return new ActivityResult(followups, problems, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }
}
