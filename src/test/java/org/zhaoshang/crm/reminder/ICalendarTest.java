package org.zhaoshang.crm.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The iCalendar writer: the parts of RFC 5545 that calendar apps are strict about. */
class ICalendarTest {

    static final Instant NOW = Instant.parse("2026-11-23T01:30:05Z");
    static final LocalDate DAY = LocalDate.of(2026, 12, 31);

    @Test
    void aFeedIsAPublishedGregorianCalendarWithOneAllDayEventPerItem() {
        String feed = ICalendar.feed("招商跟进", List.of(
                new ICalendar.Event("followup-7@zhaoshang-crm", DAY, "跟进：新材料项目", "上门拜访", "http://crm.example/projects/3"),
                new ICalendar.Event("followup-8@zhaoshang-crm", DAY.plusDays(1), "跟进：物流园", null, null)), NOW);

        List<String> lines = unfold(feed);
        assertThat(lines).startsWith("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//zhaoshang-crm//CN", "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH", "X-WR-CALNAME:招商跟进", "X-WR-TIMEZONE:Asia/Shanghai");
        assertThat(lines).endsWith("END:VCALENDAR");
        assertThat(lines).containsSubsequence("BEGIN:VEVENT", "UID:followup-7@zhaoshang-crm", "DTSTAMP:20261123T013005Z",
                "DTSTART;VALUE=DATE:20261231", "DTEND;VALUE=DATE:20270101", "SUMMARY:跟进：新材料项目", "DESCRIPTION:上门拜访",
                "URL:http://crm.example/projects/3", "END:VEVENT");
        assertThat(lines.stream().filter("BEGIN:VEVENT"::equals)).hasSize(2);
        assertThat(lines.stream().filter("END:VEVENT"::equals)).hasSize(2);
    }

    @Test
    void everyLineEndsWithCrlfAndNoBareLineFeedOrCarriageReturnIsLeft() {
        String feed = ICalendar.feed("日历", List.of(new ICalendar.Event("u1", DAY, "第一行\n第二行\r\n第三行\r第四行",
                "说明\n下一行", null)), NOW);

        assertThat(feed).endsWith("\r\n");
        assertThat(feed.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        assertThat(unfold(feed)).contains("SUMMARY:第一行\\n第二行\\n第三行\\n第四行", "DESCRIPTION:说明\\n下一行");
    }

    @Test
    void textValuesEscapeBackslashSemicolonAndComma() {
        assertThat(ICalendar.text("a\\b;c,d")).isEqualTo("a\\\\b\\;c\\,d");
        assertThat(ICalendar.text("洽谈，签约；落地")).as("full-width punctuation is not special").isEqualTo("洽谈，签约；落地");
        assertThat(ICalendar.text("tab\tstays, bell\u0007 goes")).isEqualTo("tab\tstays\\, bell goes");
        assertThat(ICalendar.text(null)).isEmpty();
    }

    @Test
    void theUrlIsAnAddressAndKeepsItsPunctuation() {
        String feed = ICalendar.feed("日历", List.of(new ICalendar.Event("u1", DAY, "s", null, "http://crm/p?a=1,2;b")), NOW);

        assertThat(unfold(feed)).contains("URL:http://crm/p?a=1,2;b");
    }

    @Test
    void aLongChineseLineIsFoldedAtMost75OctetsPerLineWithoutSplittingACharacter() {
        String summary = "跟进：郑州二七区新能源汽车零部件产业园项目第二期厂房选址与土地指标协调会议，需要带齐可研报告和环评材料，另约区发改委";
        String feed = ICalendar.feed("日历", List.of(new ICalendar.Event("u1", DAY, summary, null, null)), NOW);

        String[] physical = feed.split("\r\n");
        assertThat(physical).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(physical).allSatisfy(line -> assertThat(line).doesNotContain("\uFFFD"));
        assertThat(Arrays.stream(physical).filter(line -> line.startsWith(" ")).count()).isGreaterThanOrEqualTo(2);
        assertThat(unfold(feed)).contains("SUMMARY:" + ICalendar.text(summary));
    }

    @Test
    void foldingFillsEachLineAsFarAsWholeCharactersAllow() {
        StringBuilder out = new StringBuilder();
        ICalendar.line(out, "SUMMARY:" + "汉".repeat(60)); // 8 + 180 octets

        String[] physical = out.toString().split("\r\n");
        // 8 + 22 × 3 = 74 (a 23rd would make 77); then a space and 24 × 3 = 73 (a 25th would make 76); then 1 + 14 × 3.
        assertThat(physical).extracting(line -> line.getBytes(StandardCharsets.UTF_8).length).containsExactly(74, 73, 43);
        assertThat(physical[1]).startsWith(" 汉");
    }

    @Test
    void anAsciiLineOfExactly75OctetsIsNotFolded() {
        StringBuilder out = new StringBuilder();
        ICalendar.line(out, "X".repeat(75));
        ICalendar.line(out, "Y".repeat(76));

        assertThat(out.toString()).isEqualTo("X".repeat(75) + "\r\n" + "Y".repeat(75) + "\r\n Y\r\n");
    }

    @Test
    void anAllDayEventEndsOnTheFollowingDayAcrossMonthAndYearEnds() {
        String feed = ICalendar.feed("日历", List.of(new ICalendar.Event("u1", LocalDate.of(2028, 2, 29), "闰日", null, null)), NOW);

        assertThat(unfold(feed)).contains("DTSTART;VALUE=DATE:20280229", "DTEND;VALUE=DATE:20280301");
    }

    /** A calendar app's reading: CRLF followed by a space or tab continues the previous line. */
    private static List<String> unfold(String feed) {
        return List.of(feed.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n"));
    }
}
