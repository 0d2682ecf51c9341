package org.zhaoshang.crm.ledger.importing;

import java.util.List;

/**
 * What a ledger column can mean, with the header names the district's units use for it. Headers are
 * matched after {@link HeaderNames#normalize normalizing} (spaces, full-width forms and bracketed units
 * such as （万元） removed), so the synonyms here are written bare. Labels under
 * {@code ledgerimport.field.<NAME>}.
 */
public enum LedgerField {
    /** 序号: read to recognise the header, never imported. */
    SEQ(Kind.IGNORED, "序号", "编号", "序"),
    PROJECT_NAME(Kind.TEXT, "项目名称", "项目", "项目名", "招商项目", "项目全称", "签约项目", "项目名称及简称",
            "所属项目", "涉及项目"),
    COMPANY_NAME(Kind.TEXT, "企业名称", "投资方", "投资主体", "投资企业", "签约企业", "签约主体", "合作方", "企业", "公司名称",
            "客商名称", "投资商", "项目单位", "建设单位", "投资方名称", "企业全称", "项目业主", "投资方企业"),
    CREDIT_CODE(Kind.TEXT, "统一社会信用代码", "信用代码", "社会信用代码", "企业信用代码"),
    TOTAL_INVESTMENT(Kind.AMOUNT, "投资额", "总投资", "计划总投资", "项目总投资", "投资总额", "总投资额", "计划投资",
            "拟投资额", "投资规模", "计划总投资额", "项目投资额"),
    FIXED_ASSET_INVESTMENT(Kind.AMOUNT, "固定资产投资", "固投", "固定资产投资额", "其中固定资产投资"),
    AGREEMENT_AMOUNT(Kind.AMOUNT, "签约金额", "协议金额", "合同金额", "签约额", "协议投资额", "合同投资额", "签约投资额"),
    EXPECTED_REVENUE(Kind.AMOUNT, "预计年营收", "年营业收入", "预计营业收入", "预计年产值", "达产后年营收", "年产值",
            "营业收入", "预计年营业收入", "达产后年产值"),
    EXPECTED_TAX(Kind.AMOUNT, "预计税收", "年税收", "预计年税收", "达产后年税收", "税收", "预计年纳税"),
    JOBS(Kind.INTEGER, "就业人数", "带动就业", "新增就业", "预计就业", "用工人数", "预计带动就业"),
    LAND_MU(Kind.DECIMAL, "用地面积", "用地需求", "用地", "占地面积", "需求用地", "土地面积", "用地规模"),
    FLOOR_SPACE(Kind.DECIMAL, "建筑面积", "需求面积", "租赁面积", "面积", "载体面积"),
    INDUSTRY(Kind.TEXT, "产业类别", "所属产业", "行业", "产业", "行业类别", "产业领域", "所属行业", "产业分类", "产业方向"),
    AREA(Kind.TEXT, "落地片区", "片区", "所在片区", "落地园区", "园区", "项目地点", "建设地点", "落地区域", "项目选址",
            "选址", "所在园区", "拟落地片区", "落地地点"),
    CARRIER(Kind.TEXT, "载体", "落地载体", "楼宇", "载体名称", "落地楼宇"),
    UNIT(Kind.TEXT, "责任单位", "牵头单位", "主责单位", "承办单位", "招引单位", "填报单位", "责任部门", "牵头部门",
            "跟踪单位", "对接单位", "主办单位", "责任主体", "组织单位", "组团单位"),
    OWNER(Kind.TEXT, "责任人", "项目负责人", "跟进人", "招商专员", "对接人", "项目责任人", "具体责任人"),
    LEADER(Kind.TEXT, "包联领导", "分管领导", "联系领导", "包抓领导", "责任领导", "分包领导", "包联区领导", "督办领导",
            "督办区领导", "挂单领导", "挂牌督办领导", "带队领导", "带队"),
    STAGE(Kind.TEXT, "项目阶段", "推进阶段", "项目状态", "进展阶段", "当前阶段", "阶段", "状态", "所处阶段"),
    SOURCE(Kind.TEXT, "项目来源", "来源", "信息来源", "线索来源"),
    INVESTMENT_MODE(Kind.TEXT, "投资方式", "建设性质", "投资类型"),
    KEY_LEVEL(Kind.TEXT, "项目级别", "重点级别", "是否重点", "重点类别", "级别", "重点项目类别"),
    SITE_VISIT_DATE(Kind.DATE, "考察时间", "考察日期", "来访考察时间", "实地考察时间"),
    PLANNED_SIGN_DATE(Kind.DATE, "计划签约时间", "预计签约时间", "计划签约日期", "拟签约时间", "预计签约日期"),
    SIGN_DATE(Kind.DATE, "签约时间", "签约日期", "协议签订时间", "签订时间", "签订日期"),
    AGREEMENT_TYPE(Kind.TEXT, "协议类型", "签约类型", "签约形式", "协议性质"),
    AGREEMENT_TITLE(Kind.TEXT, "协议名称", "合同名称"),
    LAND_DATE(Kind.DATE, "落地时间", "落地日期", "注册时间", "注册日期", "注册落地时间"),
    PLANNED_START_DATE(Kind.DATE, "计划开工时间", "预计开工时间", "计划开工日期", "拟开工时间", "预计开工日期"),
    START_DATE(Kind.DATE, "开工时间", "实际开工时间", "开工日期"),
    PLANNED_OPERATION_DATE(Kind.DATE, "计划投产时间", "预计投产时间", "计划投产日期", "预计竣工投产时间", "预计投产日期"),
    OPERATION_DATE(Kind.DATE, "投产时间", "实际投产时间", "投产日期", "竣工投产时间"),
    DESCRIPTION(Kind.TEXT, "项目内容", "建设内容", "项目简介", "主要内容", "项目概况", "建设规模及内容", "主要建设内容",
            "项目情况", "建设规模"),
    PROGRESS(Kind.TEXT, "项目进展", "推进情况", "进展情况", "最新进展", "进展", "项目进度", "目前进展", "项目进展情况"),
    REMARKS(Kind.TEXT, "备注", "说明"),
    /** Why a 搁置/终止 row's project was paused or given up (else 备注, else a standard text). */
    PAUSE_REASON(Kind.TEXT, "搁置原因", "终止原因", "搁置或终止原因", "搁置/终止原因", "搁置终止原因", "暂缓原因", "终止理由",
            "搁置理由"),
    /** 三个一批: which batch the row is in (签约/开工/投产), where the sheet says it per row rather than by sections. */
    BATCH(Kind.TEXT, "批次", "类别", "所属批次", "批次类别", "三个一批", "项目类别", "一批类别"),
    /** 三个一批: the date of the row's batch (签约/开工/投产日期 of the exported ledger). */
    BATCH_DATE(Kind.DATE, "签约/开工/投产日期", "签约开工投产日期", "日期", "时间", "批次日期"),
    /** 问题督办: the problem (问题, 存在问题, 督办事项 …). */
    PROBLEM_TITLE(Kind.TEXT, "问题", "问题名称", "存在问题", "存在的问题", "问题描述", "困难问题", "问题及诉求", "问题事项",
            "督办事项", "事项", "诉求", "问题内容", "堵点问题", "问题诉求", "需协调解决的问题", "需协调问题"),
    /** 问题督办: the category (土地, 规划 …), reference data. */
    CATEGORY(Kind.TEXT, "问题类别", "类别", "问题类型", "问题分类", "诉求类别", "类型"),
    /** 问题督办: the co-operating units, separated by 、 or commas. */
    CO_UNITS(Kind.TEXT, "配合单位", "协办单位", "协同单位", "责任配合单位", "配合部门", "协办部门", "陪同单位", "随行单位",
            "参加单位"),
    /** 问题督办: the deadline (时限). */
    DEADLINE(Kind.DATE, "完成时限", "办结时限", "时限", "办理时限", "截止时间", "要求完成时间", "完成期限", "解决时限",
            "计划完成时间"),
    /** 问题督办: 待交办/办理中/申请销号/已销号 as the ledger says. */
    STATUS(Kind.TEXT, "办理状态", "销号情况", "是否销号", "办理情况", "办结情况", "问题状态", "状态", "完成情况"),
    /** 外出招商: the trip's name. */
    TRIP_TITLE(Kind.TEXT, "活动名称", "考察主题", "出访主题", "活动主题", "招商活动", "外出招商活动", "考察活动", "行程名称", "活动内容"),
    /** 外出招商: the first day (or the only one). */
    TRIP_START(Kind.DATE, "出发日期", "出发时间", "开始日期", "开始时间", "外出时间", "考察时间", "活动时间", "日期", "时间"),
    /** 外出招商: the last day; empty for a one-day trip. */
    TRIP_END(Kind.DATE, "返回日期", "返回时间", "结束日期", "结束时间"),
    /** 外出招商: the destination cities in travel order, separated by 、. */
    CITIES(Kind.TEXT, "目的地城市", "目的地", "考察城市", "前往城市", "外出地点", "出访地点", "考察地点", "城市", "地点"),
    /** 外出招商: the members (users of the CRM by name); anyone else is left out with a warning. */
    MEMBERS(Kind.TEXT, "参加人员", "随行人员", "出访人员", "考察人员", "成员", "参与人员", "人员"),
    /** 外出招商: the companies visited, separated by 、 or ；: one visit each on the first day. */
    VISITED_COMPANIES(Kind.TEXT, "走访企业", "考察企业", "拜访企业", "对接企业", "走访单位", "考察对象", "洽谈企业", "走访对象",
            "对接客商");

    /** How a column's cells are read. */
    public enum Kind {
        TEXT, AMOUNT, DATE, INTEGER, DECIMAL, IGNORED
    }

    private final Kind kind;
    private final List<String> synonyms;

    LedgerField(Kind kind, String... synonyms) {
        this.kind = kind;
        this.synonyms = List.of(synonyms);
    }

    public Kind kind() {
        return kind;
    }

    /** Header names that mean this field, the first being the one the error sheet and the guide use. */
    public List<String> synonyms() {
        return synonyms;
    }

    /**
     * Whether a ledger type's rows can mean this field: the project fields for the project ledgers and 三个一批 (which
     * also has its batch and batch date), the problem fields for 问题督办 (project, lead unit, supervising leader,
     * source and remarks besides its own). The same header means different things in different ledgers (类别).
     */
    public boolean appliesTo(org.zhaoshang.crm.ledger.LedgerType type) {
        return switch (type) {
            case PROBLEMS -> switch (this) {
                case SEQ, PROJECT_NAME, UNIT, LEADER, SOURCE, REMARKS, PROGRESS, PROBLEM_TITLE, CATEGORY, CO_UNITS, DEADLINE,
                        STATUS -> true;
                default -> false;
            };
            case THREE_BATCHES -> switch (this) {
                case PROBLEM_TITLE, CATEGORY, CO_UNITS, DEADLINE, STATUS, TRIP_TITLE, TRIP_START, TRIP_END, CITIES, MEMBERS,
                        VISITED_COMPANIES -> false;
                default -> true;
            };
            case TRIPS -> switch (this) {
                case SEQ, TRIP_TITLE, TRIP_START, TRIP_END, CITIES, LEADER, UNIT, CO_UNITS, MEMBERS, VISITED_COMPANIES,
                        REMARKS -> true;
                default -> false;
            };
            default -> switch (this) {
                case BATCH, BATCH_DATE, PROBLEM_TITLE, CATEGORY, CO_UNITS, DEADLINE, STATUS, TRIP_TITLE, TRIP_START, TRIP_END,
                        CITIES, MEMBERS, VISITED_COMPANIES -> false;
                default -> true;
            };
        };
    }

    /** The fields a ledger type's columns can be mapped to, in order. */
    public static List<LedgerField> of(org.zhaoshang.crm.ledger.LedgerType type) {
        return java.util.Arrays.stream(values()).filter(f -> f.appliesTo(type)).toList();
    }

    public String labelKey() {
        return "ledgerimport.field." + name();
    }

    /**
     * The field's label in a ledger of this type: a 问题督办台账 names the project 所属项目, the unit 牵头单位, the leader
     * 督办领导 and the source 来源 (keys {@code ledgerimport.field.PROBLEMS.<NAME>}).
     */
    public String labelKey(org.zhaoshang.crm.ledger.LedgerType type) {
        boolean renamed = type == org.zhaoshang.crm.ledger.LedgerType.PROBLEMS
                && (this == PROJECT_NAME || this == UNIT || this == LEADER || this == SOURCE)
                || type == org.zhaoshang.crm.ledger.LedgerType.TRIPS && (this == UNIT || this == LEADER || this == CO_UNITS);
        return renamed ? "ledgerimport.field." + type.name() + "." + name() : labelKey();
    }

    /** The planned twin of an actual date (计划开工时间 for 开工时间), or this field itself. */
    LedgerField planned() {
        return switch (this) {
            case SIGN_DATE -> PLANNED_SIGN_DATE;
            case START_DATE -> PLANNED_START_DATE;
            case OPERATION_DATE -> PLANNED_OPERATION_DATE;
            default -> this;
        };
    }
}
