package org.zhaoshang.crm.supervision;

/** A file a unit attaches to a progress report or a 销号 application, as uploaded. */
public record ReportFile(String fileName, byte[] content) {
}
