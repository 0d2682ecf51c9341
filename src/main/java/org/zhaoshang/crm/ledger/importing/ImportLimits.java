package org.zhaoshang.crm.ledger.importing;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * What an uploaded ledger may be. The upload field refuses larger files before they are sent and the
 * service refuses them again (a request can bypass the field). The zip limits are POI's defence against
 * zip bombs: an .xlsx whose parts expand more than 100-fold, or a single part larger than 100 MB, is refused
 * while it is being read, before it fills the memory.
 */
public final class ImportLimits {

    /** 50 MB: far more than any ledger (a 5,000-row .xlsx is about 1 MB). */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    /** Rows with content a sheet may have; ledgers have hundreds. */
    public static final int MAX_ROWS = 10_000;
    /** Columns read; cells further right are ignored. */
    public static final int MAX_COLUMNS = 120;
    /** Rows above the header searched for it (titles, dates, units). */
    public static final int HEADER_SEARCH_ROWS = 30;
    /** Compressed size / expanded size below this ratio is a zip bomb (POI's own default, set explicitly). */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** The largest part of an .xlsx, expanded. */
    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;

    private ImportLimits() {
    }

    /** POI's limits are JVM-wide; they are set before any import reads a zip. */
    static synchronized void applyZipLimits() {
        if (ZipSecureFile.getMinInflateRatio() != MIN_INFLATE_RATIO) {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        }
        if (ZipSecureFile.getMaxEntrySize() != MAX_ENTRY_BYTES) {
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        }
    }
}
