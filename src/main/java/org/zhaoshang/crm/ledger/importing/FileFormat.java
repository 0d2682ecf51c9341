package org.zhaoshang.crm.ledger.importing;

/** The spreadsheet formats an old ledger can come in, recognised by their first bytes, never by the file name. */
public enum FileFormat {
    /** Excel 2007 and later (Office Open XML, a zip). */
    XLSX,
    /** Excel 97–2003 (BIFF8 in an OLE2 container). */
    XLS,
    /** Comma- (or tab-) separated text, UTF-8 or GBK. */
    CSV
}
