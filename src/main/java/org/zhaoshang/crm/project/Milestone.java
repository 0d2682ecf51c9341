package org.zhaoshang.crm.project;

/**
 * A dated event in a project's life, for lists narrowed to "what happened in a period" (the cockpit's
 * drill-downs). {@link #SIGNED} is the counted signing: the project's first agreement date, so a project
 * that signs twice (framework, then investment agreement) counts once, on the first date.
 */
public enum Milestone {
    /** 新增线索: the project was entered. */
    CREATED,
    /** 签约: first agreement date ({@code project.first_signed_on}). */
    SIGNED,
    /** 落地: actual landing date. */
    LANDED,
    /** 开工: actual start date. */
    STARTED,
    /** 投产: actual operation date. */
    OPERATING,
    /** 入库: entered the project library. */
    LIBRARY
}
