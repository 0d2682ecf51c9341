package org.zhaoshang.crm.project;

/**
 * A requested sort of the project list: a column of its vocabulary (name, company, stage, industry, unit,
 * owner, investment, area, plannedStart, updated) and a direction. Unknown columns are ignored.
 */
public record ProjectSort(String column, boolean ascending) {
}
