package org.zhaoshang.crm.ledger.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.zhaoshang.crm.base.AbstractEntity;
import org.zhaoshang.crm.ledger.LedgerType;

/** A confirmed import: who, when, which file as which ledger, and what it wrote. */
@Entity
@Table(name = "ledger_import")
class LedgerImportLog extends AbstractEntity {

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;
    @Column(name = "user_id")
    private Long userId;
    @Column(name = "user_name", nullable = false, length = 100)
    private String userName;
    @Column(name = "unit_id")
    private Long unitId;
    @Enumerated(EnumType.STRING)
    @Column(name = "ledger_type", nullable = false, length = 30)
    private LedgerType ledgerType;
    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;
    @Enumerated(EnumType.STRING)
    @Column(name = "file_format", nullable = false, length = 10)
    private FileFormat fileFormat;
    @Column(name = "rows_total", nullable = false)
    private int rowsTotal;
    @Column(name = "companies_created", nullable = false)
    private int companiesCreated;
    @Column(name = "projects_created", nullable = false)
    private int projectsCreated;
    @Column(name = "projects_updated", nullable = false)
    private int projectsUpdated;
    @Column(name = "problems_created", nullable = false)
    private int problemsCreated;
    @Column(name = "trips_created", nullable = false)
    private int tripsCreated;
    @Column(name = "rows_skipped", nullable = false)
    private int rowsSkipped;

    protected LedgerImportLog() {
    }

    LedgerImportLog(Instant importedAt, Long userId, String userName, Long unitId, LedgerType ledgerType, String fileName,
            FileFormat fileFormat, int rowsTotal, int companiesCreated, int projectsCreated, int projectsUpdated,
            int problemsCreated, int tripsCreated, int rowsSkipped) {
        this.importedAt = importedAt;
        this.userId = userId;
        this.userName = userName;
        this.unitId = unitId;
        this.ledgerType = ledgerType;
        this.fileName = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        this.fileFormat = fileFormat;
        this.rowsTotal = rowsTotal;
        this.companiesCreated = companiesCreated;
        this.projectsCreated = projectsCreated;
        this.projectsUpdated = projectsUpdated;
        this.problemsCreated = problemsCreated;
        this.tripsCreated = tripsCreated;
        this.rowsSkipped = rowsSkipped;
    }

    ImportLogRow toRow(String unitName) {
        return new ImportLogRow(getId(), importedAt, userName, unitName, ledgerType, fileName, rowsTotal, companiesCreated,
                projectsCreated, projectsUpdated, problemsCreated, tripsCreated, rowsSkipped);
    }

    Long getUnitId() {
        return unitId;
    }
}
