package org.zhaoshang.crm.followup;

import java.util.List;

/** 我的跟进: open next dates that are overdue, due today, or due in the next seven days. */
public record MyFollowups(List<FollowupRow> overdue, List<FollowupRow> today, List<FollowupRow> thisWeek) {
}
