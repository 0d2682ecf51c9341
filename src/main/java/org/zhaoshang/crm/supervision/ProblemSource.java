package org.zhaoshang.crm.supervision;

/** Where a problem came from (labels {@code problemSource.*}): 跟进, 问题直报, 会议, 外出招商. */
public enum ProblemSource {
    FOLLOWUP, DIRECT, MEETING, TRIP
}
