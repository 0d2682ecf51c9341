package org.zhaoshang.crm.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * The agenda of a Friday 项目服务日: the projects that need the leaders' help, grouped by 分包领导 (leader in
 * charge; projects without one form the last group, {@code leaderId == null}).
 *
 * @param meetingId the 项目服务日 meeting prepared for the day (null when only looked at, not prepared)
 */
public record ServiceDayAgenda(LocalDate day, Long meetingId, List<Group> groups) {

    public int projectCount() {
        return groups.stream().mapToInt(g -> g.projects().size()).sum();
    }

    /** The projects one leader in charge looks after. */
    public record Group(Long leaderId, String leaderName, String leaderEmail, List<Entry> projects) {
    }

    /**
     * One project on the agenda and why: its open items (overdue ones marked), and 应开未开 when its planned start
     * date has passed before construction began.
     */
    public record Entry(Long projectId, String projectName, String stage, String ownerUnit, List<Item> openItems,
            boolean overdueStart, LocalDate plannedStartDate) {

        public long overdueItems() {
            return openItems.stream().filter(Item::overdue).count();
        }
    }

    /** An open problem of the project. */
    public record Item(Long problemId, String title, String leadUnit, LocalDate deadline, boolean overdue, int overdueWorkingDays,
            String status) {
    }
}
