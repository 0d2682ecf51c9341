package org.zhaoshang.crm.ledger.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.zhaoshang.crm.base.text.InputText;
import org.zhaoshang.crm.project.AgreementType;
import org.zhaoshang.crm.project.InvestmentMode;
import org.zhaoshang.crm.project.ProjectSource;
import org.zhaoshang.crm.project.Stage;

/**
 * The words ledgers use for stages, sources, investment modes, agreement types and key-project levels, and
 * matching of free-written names (区商务局, 商务局, 二七区商务局) against the reference lists. What matches
 * nothing is reported, never taken for the nearest thing.
 */
final class LedgerWords {

    private static final Map<String, Stage> STAGES = new LinkedHashMap<>();
    private static final Map<String, Stage> PAUSES = new LinkedHashMap<>();
    private static final java.util.regex.Pattern BEFORE_MARKERS = java.util.regex.Pattern.compile("^(原为|原|已|曾|于)+|[，,、;；/]+");
    private static final Map<String, ProjectSource> SOURCES = new LinkedHashMap<>();
    private static final Map<String, InvestmentMode> MODES = new LinkedHashMap<>();
    private static final Map<String, AgreementType> AGREEMENTS = new LinkedHashMap<>();

    static {
        // Longer words first where one contains another (已签约 before 签约 is not needed: both map alike).
        for (String w : List.of("线索", "信息", "初步接触", "储备")) {
            STAGES.put(w, Stage.LEAD);
        }
        for (String w : List.of("对接", "接洽", "联系", "初步对接", "对接中")) {
            STAGES.put(w, Stage.CONTACT);
        }
        for (String w : List.of("考察", "实地考察", "已考察", "考察中")) {
            STAGES.put(w, Stage.SITE_VISIT);
        }
        for (String w : List.of("洽谈", "在谈", "谈判", "洽谈中", "在谈项目", "意向", "拟签约", "待签约")) {
            STAGES.put(w, Stage.NEGOTIATION);
        }
        for (String w : List.of("签约", "已签约", "签约项目", "签订协议", "已签订")) {
            STAGES.put(w, Stage.SIGNED);
        }
        for (String w : List.of("落地", "已落地", "注册", "已注册", "注册落地")) {
            STAGES.put(w, Stage.LANDED);
        }
        for (String w : List.of("开工", "已开工", "在建", "建设中", "开工建设", "施工")) {
            STAGES.put(w, Stage.STARTED);
        }
        for (String w : List.of("投产", "已投产", "运营", "竣工投产", "已运营", "投用", "已投用", "开业", "已开业")) {
            STAGES.put(w, Stage.OPERATING);
        }
        // 搁置 is "paused", 终止 "given up" (the handbook); 停滞 is deliberately absent: a 停滞 negotiation is a stale
        // one, still in the pipeline. A pause word anywhere in the cell makes the row a pause (签约后搁置).
        for (String w : List.of("搁置", "暂缓", "暂停", "已搁置", "已暂缓", "已暂停", "搁置中", "暂缓推进")) {
            STAGES.put(w, Stage.ON_HOLD);
            PAUSES.put(w, Stage.ON_HOLD);
        }
        for (String w : List.of("终止", "放弃", "取消", "已终止", "已放弃", "已取消", "终止合作")) {
            STAGES.put(w, Stage.DROPPED);
            PAUSES.put(w, Stage.DROPPED);
        }
        for (String w : List.of("外出招商", "外出招商走访", "走访", "外出拜访", "拜访")) {
            SOURCES.put(w, ProjectSource.TRIP_VISIT);
        }
        for (String w : List.of("驻外招商", "驻外招商专员", "驻外", "驻外招商组")) {
            SOURCES.put(w, ProjectSource.STATIONED_COMMISSIONER);
        }
        for (String w : List.of("以商招商", "企业推荐", "推荐", "介绍", "朋友介绍", "商会推荐", "中介")) {
            SOURCES.put(w, ProjectSource.BUSINESS_REFERRAL);
        }
        for (String w : List.of("展会", "推介会", "展会/推介会", "博览会", "招商会", "洽谈会", "投洽会", "会议")) {
            SOURCES.put(w, ProjectSource.FAIR);
        }
        for (String w : List.of("企业上门", "上门", "来访", "自主来访", "企业来访", "主动上门")) {
            SOURCES.put(w, ProjectSource.WALK_IN);
        }
        SOURCES.put("其他", ProjectSource.OTHER);
        SOURCES.put("其它", ProjectSource.OTHER);
        for (String w : List.of("新建", "新建项目", "新设")) {
            MODES.put(w, InvestmentMode.NEW_BUILD);
        }
        for (String w : List.of("租赁", "租用", "租赁厂房", "租赁办公")) {
            MODES.put(w, InvestmentMode.LEASE);
        }
        for (String w : List.of("购置", "购买", "收购", "并购")) {
            MODES.put(w, InvestmentMode.PURCHASE);
        }
        for (String w : List.of("增资扩产", "增资", "扩产", "扩建", "增资扩股")) {
            MODES.put(w, InvestmentMode.EXPANSION);
        }
        for (String w : List.of("技改", "技术改造", "改造", "改扩建")) {
            MODES.put(w, InvestmentMode.TECH_UPGRADE);
        }
        for (String w : List.of("框架协议", "框架", "意向协议", "合作意向书", "意向书")) {
            AGREEMENTS.put(w, AgreementType.FRAMEWORK);
        }
        for (String w : List.of("战略合作协议", "战略合作", "战略协议", "战略")) {
            AGREEMENTS.put(w, AgreementType.STRATEGIC);
        }
        for (String w : List.of("投资协议", "投资合同", "正式协议", "正式合同", "投资", "入驻协议")) {
            AGREEMENTS.put(w, AgreementType.INVESTMENT);
        }
        for (String w : List.of("项目合作协议", "合作协议", "项目协议", "合作")) {
            AGREEMENTS.put(w, AgreementType.PROJECT_COOPERATION);
        }
    }

    private LedgerWords() {
    }

    static Optional<Stage> stage(String text) {
        return word(text, STAGES);
    }

    /**
     * 搁置 or 终止 when the text says the project is paused or given up (搁置, 已暂缓, 签约后搁置, 洽谈（终止）); 终止
     * when it says both.
     */
    static Optional<Stage> pause(String text) {
        String t = core(text);
        if (PAUSES.keySet().stream().anyMatch(w -> PAUSES.get(w) == Stage.DROPPED && t.contains(w))) {
            return Optional.of(Stage.DROPPED);
        }
        return PAUSES.keySet().stream().anyMatch(t::contains) ? Optional.of(Stage.ON_HOLD) : Optional.empty();
    }

    /** The pipeline stage written beside a pause word (签约后搁置 → 签约, 搁置（原为洽谈） → 洽谈), if any. */
    static Optional<Stage> stageBesidePause(String text) {
        String t = core(text);
        for (String w : PAUSES.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList()) {
            t = t.replace(w, "");
        }
        t = BEFORE_MARKERS.matcher(t).replaceAll("");
        if (t.endsWith("后")) {
            t = t.substring(0, t.length() - 1);
        }
        return word(t, STAGES).filter(Stage::inPipeline);
    }

    static Optional<ProjectSource> source(String text) {
        return word(text, SOURCES);
    }

    static Optional<InvestmentMode> investmentMode(String text) {
        return word(text, MODES);
    }

    static Optional<AgreementType> agreementType(String text) {
        return word(text, AGREEMENTS);
    }

    /** 省重点 → provincial (and district) key project; 市重点, 区重点, 是 → district. Empty when the text says no. */
    record KeyLevel(boolean district, boolean provincial) {
    }

    static Optional<KeyLevel> keyLevel(String text) {
        String t = core(text);
        if (t.isEmpty() || t.equals("否") || t.equals("非重点") || t.equals("一般")) {
            return Optional.of(new KeyLevel(false, false));
        }
        if (t.contains("省")) {
            return Optional.of(new KeyLevel(true, true));
        }
        if (t.contains("市") || t.contains("区") || t.equals("是") || t.contains("重点")) {
            return Optional.of(new KeyLevel(true, false));
        }
        return Optional.empty();
    }

    /** Exact word first; then a known word the text starts with (已签约（待落地） is 签约). */
    private static <T> Optional<T> word(String text, Map<String, T> words) {
        String t = core(text);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        T exact = words.get(t);
        if (exact != null) {
            return Optional.of(exact);
        }
        String best = null;
        for (String w : words.keySet()) {
            if (t.startsWith(w) && (best == null || w.length() > best.length())) {
                best = w;
            }
        }
        return best == null ? Optional.empty() : Optional.of(words.get(best));
    }

    private static String core(String text) {
        return InputText.withoutSpaces(InputText.halfWidth(text)).replace("阶段", "").replace("项目", "")
                .replaceAll("[()（）\\[\\]【】]", "");
    }

    /** The outcome of matching a written name against a reference list. */
    record Match<T>(T found, List<T> candidates) {

        boolean unique() {
            return found != null;
        }

        boolean ambiguous() {
            return found == null && candidates.size() > 1;
        }
    }

    /**
     * A reference entry by its name as written: the exact name; else the same name without the district's
     * prefixes (二七区, 郑州市, 区); else the one entry whose name contains the text or is contained in it.
     * Two or more candidates are ambiguous, none is unknown.
     */
    static <T> Match<T> name(String written, List<T> entries, Function<T, String> nameOf) {
        String text = InputText.withoutSpaces(InputText.halfWidth(written));
        if (text.isEmpty()) {
            return new Match<>(null, List.of());
        }
        for (T entry : entries) {
            if (InputText.withoutSpaces(nameOf.apply(entry)).equals(text)) {
                return new Match<>(entry, List.of(entry));
            }
        }
        String core = placeCore(text);
        List<T> same = entries.stream().filter(e -> placeCore(nameOf.apply(e)).equals(core)).toList();
        if (same.size() == 1) {
            return new Match<>(same.getFirst(), same);
        }
        if (same.size() > 1) {
            return new Match<>(null, same);
        }
        if (core.length() < 2) {
            return new Match<>(null, List.of());
        }
        List<T> containing = entries.stream().filter(e -> {
            String other = placeCore(nameOf.apply(e));
            return other.length() >= 2 && (other.contains(core) || core.contains(other));
        }).toList();
        return containing.size() == 1 ? new Match<>(containing.getFirst(), containing) : new Match<>(null, containing);
    }

    private static String placeCore(String name) {
        String n = InputText.withoutSpaces(InputText.halfWidth(name));
        for (String prefix : List.of("河南省", "郑州市", "二七区", "二七", "区")) {
            if (n.startsWith(prefix) && n.length() > prefix.length() + 1) {
                n = n.substring(prefix.length());
            }
        }
        return n;
    }
}
