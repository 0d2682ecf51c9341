package org.zhaoshang.crm.ledger.importing;

import java.io.Closeable;
import java.util.List;

/** An opened spreadsheet file of any of the three formats: its sheets, read one at a time. */
interface SpreadsheetBook extends Closeable {

    FileFormat format();

    /** For CSV the encoding it was read in (UTF-8 or GBK); null otherwise. */
    String encoding();

    List<String> sheetNames();

    RawSheet sheet(int index, ImportProgress progress);

    /** The year the file says it was created or last saved (document properties), or null. */
    Integer fileYear();

    @Override
    void close();
}
