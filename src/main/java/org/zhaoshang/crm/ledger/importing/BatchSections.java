package org.zhaoshang.crm.ledger.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.zhaoshang.crm.base.text.InputText;
import org.zhaoshang.crm.project.Stage;

/**
 * 三个一批: which batch (签约, 开工 or 投产 一批) each row of the sheet is in. The batch is the row's own 批次 column where
 * the sheet has one, else the section heading above it (一、签约一批, （二）开工项目, 三、竣工投产项目 …). A project listed in
 * more than one batch (signed and started in the same year) is one project: its first row is planned with the
 * latest batch and the dates of all its rows, and its later rows point back to it.
 */
final class BatchSections {

    /** Where a heading is too long to be one: a sentence or a note under the table. */
    private static final int MAX_HEADING = 40;
    private static final Pattern SUMMARY = Pattern.compile(".*(合计|总计|小计|共计|累计).*");
    private static final Pattern NUMBER = Pattern.compile("[\\d.,，]+(个|项|万元|亿元)?");

    /** What a data row is in a 三个一批 sheet. */
    record Batch(Stage stage, String heading, Integer headingRow, boolean isHeading) {
    }

    /** The rows of one project listed in several batches: the first, which is planned, and all of them. */
    record Group(int firstRow, List<Integer> rows) {
    }

    private final Map<Integer, Batch> byRow = new HashMap<>();
    private final Map<Integer, Group> groups = new HashMap<>();

    private BatchSections() {
    }

    /**
     * Reads the sections of the rows.
     *
     * @param batchColumn the 批次 column, or -1; a row's 批次 cell wins over the section it is in
     * @param projectColumn the 项目名称 column and {@code companyColumn} the 企业名称 column, to find repeated projects
     */
    static BatchSections of(List<SourceRow> rows, int batchColumn, int projectColumn, int companyColumn) {
        BatchSections sections = new BatchSections();
        Batch current = null;
        Map<String, List<Integer>> byProject = new HashMap<>();
        for (SourceRow row : rows) {
            Optional<Stage> heading = heading(row);
            if (heading.isPresent()) {
                current = new Batch(heading.get(), LedgerValues.shorten(onlyText(row).orElse("")), row.number(), true);
                sections.byRow.put(row.number(), current);
                continue;
            }
            Optional<Stage> own = batchColumn < 0 ? Optional.empty() : word(row.cell(batchColumn).stripped());
            Batch batch = own.map(stage -> new Batch(stage, null, null, false))
                    .orElse(current == null ? null : new Batch(current.stage(), current.heading(), current.headingRow(), false));
            if (batch != null) {
                sections.byRow.put(row.number(), batch);
                String project = InputText.withoutSpaces(row.cell(projectColumn).stripped());
                String company = InputText.withoutSpaces(row.cell(companyColumn).stripped());
                if (!project.isEmpty() && !company.isEmpty()) {
                    byProject.computeIfAbsent(company + "|" + project, k -> new ArrayList<>()).add(row.number());
                }
            }
        }
        for (List<Integer> same : byProject.values()) {
            if (same.size() > 1) {
                Group group = new Group(same.getFirst(), List.copyOf(same));
                same.forEach(r -> sections.groups.put(r, group));
            }
        }
        return sections;
    }

    /** The row's batch, or empty for a row above every section heading and without a 批次 of its own. */
    Optional<Batch> batch(int rowNumber) {
        return Optional.ofNullable(byRow.get(rowNumber));
    }

    /** The rows of the same project in other batches, when there are any. */
    Optional<Group> group(int rowNumber) {
        return Optional.ofNullable(groups.get(rowNumber));
    }

    /** The latest batch of the project's rows (a project signed and started is at least started). */
    Stage latest(Group group) {
        Set<Stage> stages = new LinkedHashSet<>();
        group.rows().forEach(r -> batch(r).ifPresent(b -> stages.add(b.stage())));
        return stages.stream().reduce((a, b) -> b.isAfter(a) ? b : a).orElseThrow();
    }

    /**
     * A section heading: one text on the row (numbers beside it, such as a count or a sum, are allowed) that names
     * exactly one batch and is not a 小计/合计 line.
     */
    static Optional<Stage> heading(SourceRow row) {
        return onlyText(row).filter(t -> t.length() <= MAX_HEADING && !SUMMARY.matcher(t).matches()).flatMap(BatchSections::word);
    }

    /** 签约 → 签约一批, 开工 → 开工一批, 投产/竣工/达产 → 投产一批; a text naming two of them (签约/开工/投产) names none. */
    static Optional<Stage> word(String text) {
        String t = InputText.withoutSpaces(InputText.halfWidth(text == null ? "" : text));
        List<Stage> named = new ArrayList<>();
        if (t.contains("签约")) {
            named.add(Stage.SIGNED);
        }
        if (t.contains("开工")) {
            named.add(Stage.STARTED);
        }
        if (t.contains("投产") || t.contains("竣工") || t.contains("达产")) {
            named.add(Stage.OPERATING);
        }
        return named.size() == 1 ? Optional.of(named.getFirst()) : Optional.empty();
    }

    private static Optional<String> onlyText(SourceRow row) {
        Set<String> texts = new LinkedHashSet<>();
        for (SourceCell cell : row.cells()) {
            String text = cell.stripped();
            if (!text.isEmpty() && !NUMBER.matcher(InputText.withoutSpaces(text)).matches()) {
                texts.add(text);
            }
        }
        return texts.size() == 1 ? Optional.of(texts.iterator().next()) : Optional.empty();
    }
}
