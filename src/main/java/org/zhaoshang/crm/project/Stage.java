package org.zhaoshang.crm.project;

import java.util.List;

/**
 * The pipeline stages in their order; 搁置 and 终止 stand beside it (labels under {@code stage.<NAME>}).
 */
public enum Stage {
    /** 线索 */
    LEAD,
    /** 对接 */
    CONTACT,
    /** 考察 */
    SITE_VISIT,
    /** 洽谈 */
    NEGOTIATION,
    /** 签约 */
    SIGNED,
    /** 落地 */
    LANDED,
    /** 开工 */
    STARTED,
    /** 投产 */
    OPERATING,
    /** 搁置 */
    ON_HOLD,
    /** 终止 */
    DROPPED;

    /** The stages of the pipeline proper, in order. */
    public static final List<Stage> PIPELINE = List.of(LEAD, CONTACT, SITE_VISIT, NEGOTIATION, SIGNED, LANDED, STARTED, OPERATING);

    /** Stages before 开工 in which a passed planned start date makes a project 应开未开. */
    public static final List<Stage> BEFORE_START = List.of(LEAD, CONTACT, SITE_VISIT, NEGOTIATION, SIGNED, LANDED);

    public boolean inPipeline() {
        return PIPELINE.contains(this);
    }

    /** True when this pipeline stage comes after the other one. */
    public boolean isAfter(Stage other) {
        return inPipeline() && other.inPipeline() && ordinal() > other.ordinal();
    }

    public boolean atLeast(Stage other) {
        return this == other || isAfter(other);
    }
}
