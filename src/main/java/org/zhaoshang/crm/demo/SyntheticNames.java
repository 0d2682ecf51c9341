package org.zhaoshang.crm.demo;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.zhaoshang.crm.company.CreditCode;

/**
 * Company and project names that read like the ones staff type in: 郑州恒泰医疗科技有限公司,
 * 华鑫（上海）供应链管理有限公司, 恒泰医疗器械产业园. Pure functions of the random generator passed in, so
 * that a seed gives the same names on every machine and the names can be tested without a database.
 *
 * <p>Brands (字号) are drawn from syllables weighted by rank: a handful of syllables (华, 金, 恒 …) appear
 * in many names, most in few, which is what makes a search for a brand fragment realistic: some fragments
 * hit hundreds of rows, others a few.
 */
final class SyntheticNames {

    /** Legal forms (组织形式), most companies being plain limited companies. */
    static final List<String> LEGAL_FORMS = List.of("有限公司", "股份有限公司", "集团有限公司");
    private static final Weighted<String> LEGAL_FORM = Weighted.of(LEGAL_FORMS, 74, 20, 6);

    /** First syllables of brands, most common first. */
    static final List<String> FIRST_SYLLABLES = List.of(
            "华", "中", "金", "恒", "新", "宏", "天", "鑫", "东", "博", "鼎", "盛", "瑞", "嘉", "汇", "海", "佳", "万",
            "正", "永", "泰", "安", "德", "兴", "远", "明", "启", "祥", "通", "隆", "腾", "卓", "联", "豫", "源", "诚",
            "富", "润", "聚", "睿", "泽", "银", "光", "绿", "青", "星", "昊", "晟", "航", "捷", "迅", "均", "和", "时",
            "凯", "锦", "美", "智", "康", "信", "方", "宇", "创", "云", "君", "思", "乐", "百", "九", "亿");

    /** Second (last) syllables of brands, most common first. */
    static final List<String> LAST_SYLLABLES = List.of(
            "信", "达", "泰", "盛", "源", "通", "科", "创", "瑞", "丰", "安", "宇", "辉", "康", "森", "峰", "成", "润",
            "隆", "洋", "昌", "鑫", "华", "业", "晨", "程", "恒", "锦", "硕", "扬", "帆", "阳", "悦", "驰", "诺", "邦",
            "迪", "维", "拓", "亿", "特", "普", "凯", "奥", "力", "美", "林", "元", "和", "合", "福", "航", "豪", "泽",
            "远", "嘉", "骏", "鹏", "越", "智");

    /** Middle syllables of three-character brands. */
    static final List<String> MIDDLE_SYLLABLES = List.of(
            "联", "力", "维", "博", "润", "达", "辰", "之", "一", "云", "晟", "智", "事", "太", "驾", "德", "诺", "冠",
            "利", "世", "大", "天", "信", "禾");

    private static final Weighted<String> FIRST = Weighted.byRank(FIRST_SYLLABLES, 4);
    private static final Weighted<String> LAST = Weighted.byRank(LAST_SYLLABLES, 4);
    private static final Weighted<String> MIDDLE = Weighted.uniform(MIDDLE_SYLLABLES);

    /** What a company in an industry calls its trade (行业表述), by industry code of the reference data. */
    private static final Map<String, List<String>> TRADES = Map.ofEntries(
            Map.entry("HGS-JK", List.of("医疗科技", "医药科技", "健康管理", "医疗管理", "生物科技", "养老服务", "医学检验")),
            Map.entry("HGS-LY", List.of("商务服务", "企业管理咨询", "置业", "物业服务")),
            Map.entry("HGS-PT", List.of("网络科技", "电子商务", "供应链管理", "数字科技", "信息技术")),
            Map.entry("HGS-ZB", List.of("投资控股", "实业", "企业管理", "投资发展")),
            Map.entry("HGS-WL", List.of("文化旅游发展", "文化传媒", "旅游开发", "文化创意")),
            Map.entry("HGS-WLIU", List.of("物流", "供应链管理", "国际货运代理", "仓储服务")),
            Map.entry("HGS-SZ", List.of("数字科技", "软件", "信息技术", "大数据科技", "人工智能科技")),
            Map.entry("HGS-SM", List.of("商贸", "贸易", "商业管理", "实业")),
            Map.entry("LCI-SP", List.of("食品", "乳业", "饮品", "食品科技", "农业科技")),
            Map.entry("LCI-XCL", List.of("新材料", "新材料科技", "高分子材料", "复合材料")),
            Map.entry("LCI-QN", List.of("新能源", "氢能科技", "新能源科技", "储能科技", "光伏科技")),
            Map.entry("LCI-ZZ", List.of("智能装备", "智能科技", "机械制造", "自动化设备", "机器人")),
            Map.entry("LCI-YLQX", List.of("医疗器械", "医疗设备", "生物医疗")),
            Map.entry("LCI-DZ", List.of("电子科技", "通信技术", "信息技术", "半导体", "光电科技")),
            Map.entry("URB-PQ", List.of("城市更新", "置业", "建设发展", "城市发展")),
            Map.entry("URB-AZF", List.of("置业", "建设", "城建开发", "房地产开发")));

    /** Industries ADMIN added later get plain trades rather than none. */
    private static final List<String> GENERIC_TRADES = List.of("科技", "实业", "发展");

    /** What gets built (项目内容), by industry code. */
    private static final Map<String, List<String>> PROJECT_KINDS = Map.ofEntries(
            Map.entry("HGS-JK", List.of("医疗健康产业园", "医学检验中心", "康养中心", "生物医药研发中心", "互联网医院", "医美中心")),
            Map.entry("HGS-LY", List.of("商务楼宇", "区域总部", "运营中心")),
            Map.entry("HGS-PT", List.of("运营结算中心", "数字贸易平台", "电商直播基地", "供应链服务平台")),
            Map.entry("HGS-ZB", List.of("区域总部", "总部基地", "运营总部")),
            Map.entry("HGS-WL", List.of("文旅综合体", "旅游度假区", "文化产业园", "研学基地")),
            Map.entry("HGS-WLIU", List.of("物流园", "智慧物流基地", "冷链物流中心", "仓储分拨中心")),
            Map.entry("HGS-SZ", List.of("数字产业园", "数据中心", "软件研发中心", "人工智能创新中心")),
            Map.entry("HGS-SM", List.of("商业综合体", "奥特莱斯", "商贸城", "区域分拨中心")),
            Map.entry("LCI-SP", List.of("食品生产基地", "中央厨房", "食品产业园", "饮品区域总部")),
            Map.entry("LCI-XCL", List.of("新材料产业园", "新材料生产基地", "新材料研发中心")),
            Map.entry("LCI-QN", List.of("氢燃料电池生产基地", "储能电站", "分布式光伏", "新能源装备产业园")),
            Map.entry("LCI-ZZ", List.of("智能制造产业园", "智能装备生产基地", "生产线技改", "机器人研发中心")),
            Map.entry("LCI-YLQX", List.of("医疗器械产业园", "医疗器械生产基地", "体外诊断试剂研发中心")),
            Map.entry("LCI-DZ", List.of("5G智能化生产线及研发中心", "电子信息产业园", "智能终端生产基地")),
            Map.entry("URB-PQ", List.of("片区城市更新", "片区综合开发", "老旧厂区改造")),
            Map.entry("URB-AZF", List.of("安置房", "原址重建")));

    /** The generic kinds the examples name; they mix with the industry's own. */
    private static final List<String> GENERIC_PROJECT_KINDS = List.of("产业园", "总部基地", "生产基地", "研发中心");

    /** Food projects are often announced by capacity: 仝吉年产5000吨高端糕点面包生产中心. */
    private static final List<String> FOOD_PRODUCTS = List.of("高端糕点面包", "速冻食品", "休闲食品", "乳制品", "饮料", "预制菜");

    /** Projects often carry the place they land in: 均和云谷郑州智慧港, 二七科技创新谷. */
    private static final Weighted<String> PROJECT_PLACE = Weighted.of(List.of("", "郑州", "二七", "中原"), 74, 14, 9, 3);

    /** Division codes (行政区划代码, first four digits) of the seed cities, for credit codes. */
    private static final Map<String, String> DIVISIONS = Map.ofEntries(
            Map.entry("郑州", "4101"), Map.entry("杭州", "3301"), Map.entry("宁波", "3302"), Map.entry("上海", "3101"),
            Map.entry("南京", "3201"), Map.entry("苏州", "3205"), Map.entry("西安", "6101"), Map.entry("成都", "5101"),
            Map.entry("北京", "1101"), Map.entry("天津", "1201"), Map.entry("广州", "4401"), Map.entry("深圳", "4403"),
            Map.entry("武汉", "4201"), Map.entry("长沙", "4301"), Map.entry("合肥", "3401"), Map.entry("济南", "3701"),
            Map.entry("青岛", "3702"), Map.entry("太原", "1401"), Map.entry("重庆", "5001"), Map.entry("厦门", "3502"));

    /** Characters of a credit code's organisation part (I, O, S, V and Z are not used in codes). */
    private static final String CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private SyntheticNames() {
    }

    /** A brand (字号) of two characters, or of three now and then. */
    static String brand(RandomGenerator random) {
        String first = FIRST.next(random);
        String last = LAST.next(random);
        if (random.nextInt(100) < 30) {
            return first + MIDDLE.next(random) + last;
        }
        return first + last;
    }

    /** How a company of the industry describes its trade; the industry code is the reference data's. */
    static String trade(RandomGenerator random, String industryCode) {
        List<String> trades = TRADES.getOrDefault(industryCode, GENERIC_TRADES);
        return trades.get(random.nextInt(trades.size()));
    }

    /**
     * A registered company name: place, brand, trade, legal form, with the place either in front
     * (郑州恒泰医疗科技有限公司), in brackets after the brand (恒泰（郑州）医疗科技有限公司) or left out.
     */
    static String companyName(RandomGenerator random, String brand, String city, String trade) {
        String legalForm = LEGAL_FORM.next(random);
        int form = random.nextInt(100);
        if (city == null || form >= 92) {
            return brand + trade + legalForm;
        }
        if (form >= 75) {
            return brand + "（" + city + "）" + trade + legalForm;
        }
        return city + brand + trade + legalForm;
    }

    /**
     * What staff call the company: the brand alone (时事通) or with its trade when that stays a word
     * (和泽医药 from 医药科技, 唐久物流); long trades (供应链管理) are never shortened into half-words.
     */
    static String shortName(RandomGenerator random, String brand, String trade) {
        boolean withTrade = random.nextBoolean();
        if (withTrade && trade.endsWith("科技") && trade.length() > 2) {
            return brand + trade.substring(0, trade.length() - 2);
        }
        if (withTrade && trade.length() <= 3) {
            return brand + trade;
        }
        return brand;
    }

    /** A project name: brand, now and then a place, and what is built (恒泰郑州医疗器械产业园). */
    static String projectName(RandomGenerator random, String brand, String industryCode) {
        String place = PROJECT_PLACE.next(random);
        if ("LCI-SP".equals(industryCode) && random.nextInt(100) < 25) {
            int tonnes = (1 + random.nextInt(40)) * 500;
            return brand + "年产" + tonnes + "吨" + FOOD_PRODUCTS.get(random.nextInt(FOOD_PRODUCTS.size())) + "生产线项目";
        }
        List<String> kinds = PROJECT_KINDS.getOrDefault(industryCode, GENERIC_PROJECT_KINDS);
        String kind = random.nextInt(100) < 80
                ? kinds.get(random.nextInt(kinds.size()))
                : GENERIC_PROJECT_KINDS.get(random.nextInt(GENERIC_PROJECT_KINDS.size()));
        String name = brand + place + kind;
        return random.nextInt(100) < 35 ? name + "项目" : name;
    }

    /**
     * A valid unified social credit code of an enterprise (登记管理部门 9, 类别 1) registered in the city,
     * with a random organisation part and the GB 32100 check character.
     */
    static String creditCode(RandomGenerator random, String city) {
        StringBuilder code = new StringBuilder(CreditCode.LENGTH).append("91");
        code.append(DIVISIONS.getOrDefault(city, "4101")).append('0').append(1 + random.nextInt(9));
        for (int i = 0; i < 9; i++) {
            code.append(CODE_CHARACTERS.charAt(random.nextInt(CODE_CHARACTERS.length())));
        }
        return code.append(CreditCode.checkCharacter(code.toString())).toString();
    }
}
