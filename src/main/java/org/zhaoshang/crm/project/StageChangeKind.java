package org.zhaoshang.crm.project;

/** How a stage change came about (labels under {@code stageChange.<NAME>}). */
public enum StageChangeKind {
    CREATED, ADVANCED, STEPPED_BACK, HELD, DROPPED, RESUMED
}
