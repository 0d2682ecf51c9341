package org.zhaoshang.crm.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.zhaoshang.crm.base.ChineseDates;
import org.zhaoshang.crm.base.Money;

/**
 * A ledger's words in one language: title, the 填报单位 line, headings, and values as the screen and the PDF show
 * them ({@link #display}) or as typed Excel cells ({@link #cell}). Every text comes from the bundles.
 */
public final class LedgerTexts {

    private static final String CHINESE_NUMERALS = "一二三四五六七八九十";

    private final MessageSource messages;
    private final Locale locale;
    /** Labels by prefix and code, looked up once per export rather than once per cell. */
    private final Map<String, Map<String, String>> labels = new ConcurrentHashMap<>();

    public LedgerTexts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public String get(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** 二七区签约项目台账. */
    public String title(LedgerType type) {
        return get("ledger.title", get(type.nameKey()));
    }

    public String header(LedgerColumn column) {
        return get(column.headerKey());
    }

    /** 填报单位：二七区商务局　　统计期间：2026年1月1日至2026年11月27日　　统计截止日期：2026年11月27日. */
    public String infoLine(LedgerHeading heading) {
        String reporter = get("ledger.info.reporter", reporter(heading.reportingUnit()));
        String period = period(heading.from(), heading.to());
        String asOf = get("ledger.info.asOf", ChineseDates.format(heading.asOf()));
        return reporter + "　　" + (period.isEmpty() ? "" : period + "　　") + asOf;
    }

    /**
     * The district's ledger is reported by 二七区商务局; a unit reports under its formal name, which puts the district in
     * front of a district office's 区 (区商务局 signs as 二七区商务局).
     */
    public String reporter(String unitName) {
        if (unitName == null) {
            return get("ledger.reporter.district");
        }
        return unitName.startsWith("区") ? get("ledger.reporter.districtUnit", unitName) : unitName;
    }

    /** 统计期间：…至…, or "" without a period. */
    public String period(LocalDate from, LocalDate to) {
        if (from != null && to != null) {
            return get("ledger.info.period", ChineseDates.format(from), ChineseDates.format(to));
        }
        if (from != null) {
            return get("ledger.info.periodFrom", ChineseDates.format(from));
        }
        return to == null ? "" : get("ledger.info.periodTo", ChineseDates.format(to));
    }

    public String label(String prefix, String code) {
        return code == null ? "" : labels.computeIfAbsent(prefix, p -> new ConcurrentHashMap<>())
                .computeIfAbsent(code, c -> get(prefix + "." + c));
    }

    /** A value as text: 3,000.00 for amounts, 2026年5月26日 for dates, 是 for a set flag, "" for nothing. */
    public String display(LedgerColumn column, Object value) {
        if (value == null) {
            return "";
        }
        return switch (column.kind()) {
            case AMOUNT -> Money.format((BigDecimal) value);
            case DATE -> ChineseDates.format((LocalDate) value);
            case LABEL -> label(column.labelPrefix(), (String) value);
            case FLAG -> Boolean.TRUE.equals(value) ? get("common.yes") : "";
            case COUNT, TEXT -> value.toString();
        };
    }

    /** A value as an Excel cell wants it: numbers and dates typed, labels translated, a set flag as 是. */
    public Object cell(LedgerColumn column, Object value) {
        if (value == null) {
            return null;
        }
        return switch (column.kind()) {
            case AMOUNT, COUNT, DATE, TEXT -> value;
            case LABEL -> label(column.labelPrefix(), (String) value);
            case FLAG -> Boolean.TRUE.equals(value) ? get("common.yes") : null;
        };
    }

    public String totalLabel() {
        return get("ledger.total");
    }

    /** 共 12 项. */
    public String countText(long count) {
        return get("ledger.count", count);
    }

    /** 一、签约一批 (the n-th section, from 1). */
    public String sectionHeading(int n, String name) {
        String numeral = locale.getLanguage().equals("zh") && n >= 1 && n <= CHINESE_NUMERALS.length()
                ? CHINESE_NUMERALS.substring(n - 1, n) : String.valueOf(n);
        return get("ledger.section", numeral, name);
    }

    public Locale locale() {
        return locale;
    }
}
