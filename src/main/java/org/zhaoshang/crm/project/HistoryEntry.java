package org.zhaoshang.crm.project;

import java.time.Instant;
import java.util.List;

/** One audited revision of a project: who, when, and each field's old and new value. */
public record HistoryEntry(long revision, Instant at, String username, String kind, List<FieldChange> changes) {

    /** {@code field} is a bundle key (project.field.*); values are display strings. */
    public record FieldChange(String field, String oldValue, String newValue) {
    }
}
