package org.zhaoshang.crm.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhaoshang.crm.base.NotFoundException;
import org.zhaoshang.crm.project.ProjectService;
import org.zhaoshang.crm.security.CrmPrincipal;
import org.zhaoshang.crm.security.CurrentUser;

/**
 * 跟进记录. Recording one requires seeing the project (the project feature's access rule); it closes the
 * author's earlier open next dates on that project and counts as project activity.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class FollowupService {

    static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");

    private final FollowupRepository followups;
    private final FollowupQueries queries;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final Clock clock;

    FollowupService(FollowupRepository followups, FollowupQueries queries, ProjectService projects, CurrentUser currentUser,
            Optional<Clock> clock) {
        this.followups = followups;
        this.queries = queries;
        this.projects = projects;
        this.currentUser = currentUser;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Records (or corrects) a follow-up; a new one answers the author's open next dates on the project. */
    @Transactional
    public Long record(FollowupDraft draft) {
        CrmPrincipal me = currentUser.require();
        projects.get(draft.projectId());
        Followup followup;
        if (draft.id() == null) {
            followup = new Followup(draft.projectId(), me.userId());
        } else {
            followup = followups.findById(draft.id()).orElseThrow(() -> new NotFoundException("followup", draft.id()));
            if (!followup.getAuthorId().equals(me.userId())) {
                throw new org.springframework.security.access.AccessDeniedException("Only the author corrects a follow-up");
            }
            followup.checkVersion(draft.version());
        }
        followup.update(draft, clock.instant(), today());
        followups.saveAndFlush(followup);
        if (draft.id() == null) {
            followups.findByProjectIdAndAuthorIdAndClosedAtIsNullAndIdNot(draft.projectId(), me.userId(), followup.getId())
                    .forEach(earlier -> earlier.close(clock.instant()));
        }
        projects.recordActivity(draft.projectId(), followup.getHappenedAt());
        return followup.getId();
    }

    /** A project's follow-ups, newest first (refused for a project the caller may not see). */
    public List<FollowupRow> ofProject(Long projectId) {
        projects.get(projectId);
        return queries.ofProject(projectId);
    }

    /** The caller's open next dates: overdue, today, and the next seven days. */
    public MyFollowups mine() {
        Long me = currentUser.require().userId();
        LocalDate today = today();
        List<FollowupRow> open = queries.openOf(me, today.plusDays(7));
        return new MyFollowups(open.stream().filter(f -> f.nextDate().isBefore(today)).toList(),
                open.stream().filter(f -> f.nextDate().equals(today)).toList(),
                open.stream().filter(f -> f.nextDate().isAfter(today)).toList());
    }

    /**
     * All open next dates on or before the day, across the district, for the reminder digests (runs as the
     * system actor). Rows are ordered by author.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<FollowupRow> dueOnOrBefore(LocalDate day) {
        return queries.dueOnOrBefore(day);
    }

    /** The next open follow-ups of a user (for the calendar feed). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<FollowupRow> upcomingOf(Long userId, LocalDate from, int limit) {
        return queries.upcomingOf(userId, from, limit);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(OFFICE));
    }
}
