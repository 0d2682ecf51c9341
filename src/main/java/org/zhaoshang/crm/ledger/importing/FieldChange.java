package org.zhaoshang.crm.ledger.importing;

/** What an update changes in an existing project: a field (label key), its value now and after the import. */
public record FieldChange(String labelKey, String before, String after) {
}
