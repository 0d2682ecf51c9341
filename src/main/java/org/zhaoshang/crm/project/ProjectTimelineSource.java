package org.zhaoshang.crm.project;

import java.time.LocalDate;
import java.util.List;

/**
 * Entries other features put on a project's timeline (trip visits now, follow-ups and problems later), so
 * the project page shows them without depending on those features.
 */
public interface ProjectTimelineSource {

    List<Entry> entries(Long projectId);

    /**
     * @param date     the day it happened
     * @param kindKey  bundle key of what it was (visitKind.TALK …)
     * @param text     what happened, in the user's words
     * @param link     route to open it, or null
     */
    record Entry(LocalDate date, String kindKey, String text, String by, String link) {
    }
}
