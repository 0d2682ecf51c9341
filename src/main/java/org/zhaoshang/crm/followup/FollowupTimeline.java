package org.zhaoshang.crm.followup;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.project.ProjectTimelineSource;

/** Follow-ups on the project's timeline, beside stage changes and trip visits. */
@Component
class FollowupTimeline implements ProjectTimelineSource {

    private final FollowupQueries queries;

    FollowupTimeline(FollowupQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<Entry> entries(Long projectId) {
        return queries.ofProject(projectId).stream().map(f -> new Entry(
                f.happenedAt().atZone(FollowupService.OFFICE).toLocalDate(), "followupKind." + f.kind().name(),
                f.content() + (f.nextStep() == null ? "" : " → " + f.nextStep()), f.authorName(), null)).toList();
    }
}
