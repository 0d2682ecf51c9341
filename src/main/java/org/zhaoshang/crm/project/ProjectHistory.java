package org.zhaoshang.crm.project;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.base.ChineseDates;
import org.zhaoshang.crm.base.Money;
import org.zhaoshang.crm.base.audit.CrmRevision;

/**
 * The History tab: Envers revisions of a project compared field by field (old → new), with ids shown as
 * names and enums as bundle keys the view translates.
 */
@Component
class ProjectHistory {

    private static final Map<String, Function<Project, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("project.field.name", Project::getName);
        FIELDS.put("project.field.company", Project::getCompanyId);
        FIELDS.put("project.field.stage", Project::getStage);
        FIELDS.put("project.field.industry", Project::getIndustryId);
        FIELDS.put("project.field.investmentMode", Project::getInvestmentMode);
        FIELDS.put("project.field.totalInvestment", Project::getTotalInvestment);
        FIELDS.put("project.field.fixedAssetInvestment", Project::getFixedAssetInvestment);
        FIELDS.put("project.field.expectedAnnualRevenue", Project::getExpectedAnnualRevenue);
        FIELDS.put("project.field.expectedTax", Project::getExpectedTax);
        FIELDS.put("project.field.jobs", Project::getJobs);
        FIELDS.put("project.field.landNeedMu", Project::getLandNeedMu);
        FIELDS.put("project.field.floorSpaceSqm", Project::getFloorSpaceSqm);
        FIELDS.put("project.field.area", Project::getAreaId);
        FIELDS.put("project.field.carrier", Project::getCarrier);
        FIELDS.put("project.field.source", Project::getSource);
        FIELDS.put("project.field.owner", Project::getOwnerId);
        FIELDS.put("project.field.unit", Project::getResponsibleUnitId);
        FIELDS.put("project.field.leader", Project::getLeaderInChargeId);
        FIELDS.put("project.field.keyDistrict", Project::isKeyDistrict);
        FIELDS.put("project.field.keyProvincial", Project::isKeyProvincial);
        FIELDS.put("project.field.inLibrary", Project::isInLibrary);
        FIELDS.put("project.field.libraryDate", Project::getLibraryDate);
        FIELDS.put("project.field.holdReason", Project::getHoldReason);
        FIELDS.put("project.field.siteVisitDate", Project::getSiteVisitDate);
        FIELDS.put("project.field.plannedSignDate", Project::getPlannedSignDate);
        FIELDS.put("project.field.actualSignDate", Project::getActualSignDate);
        FIELDS.put("project.field.plannedLandDate", Project::getPlannedLandDate);
        FIELDS.put("project.field.actualLandDate", Project::getActualLandDate);
        FIELDS.put("project.field.plannedStartDate", Project::getPlannedStartDate);
        FIELDS.put("project.field.actualStartDate", Project::getActualStartDate);
        FIELDS.put("project.field.plannedOperationDate", Project::getPlannedOperationDate);
        FIELDS.put("project.field.actualOperationDate", Project::getActualOperationDate);
        FIELDS.put("project.field.description", Project::getDescription);
    }

    /** Which table names an id field, for showing names instead of numbers. */
    private static final Map<String, String> NAME_SQL = Map.of(
            "project.field.company", "select name from company where id = :id",
            "project.field.industry", "select name from industry where id = :id",
            "project.field.area", "select name from area where id = :id",
            "project.field.owner", "select display_name from app_user where id = :id",
            "project.field.leader", "select display_name from app_user where id = :id",
            "project.field.unit", "select name from unit where id = :id");

    @PersistenceContext
    private EntityManager entityManager;

    private final NamedParameterJdbcTemplate jdbc;

    ProjectHistory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<HistoryEntry> of(Long projectId) {
        @SuppressWarnings("unchecked")
        List<Object[]> revisions = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(Project.class, false, true)
                .add(AuditEntity.id().eq(projectId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<HistoryEntry> entries = new ArrayList<>();
        Project previous = null;
        for (Object[] row : revisions) {
            Project snapshot = (Project) row[0];
            CrmRevision revision = (CrmRevision) row[1];
            RevisionType type = (RevisionType) row[2];
            List<HistoryEntry.FieldChange> changes = new ArrayList<>();
            for (Map.Entry<String, Function<Project, Object>> field : FIELDS.entrySet()) {
                Object before = previous == null ? null : field.getValue().apply(previous);
                Object after = field.getValue().apply(snapshot);
                if (!same(before, after)) {
                    changes.add(new HistoryEntry.FieldChange(field.getKey(), display(field.getKey(), before),
                            display(field.getKey(), after)));
                }
            }
            if (!changes.isEmpty() || type != RevisionType.MOD) {
                entries.add(new HistoryEntry(revision.getId(), revision.getInstant(), revision.getUsername(),
                        "revision." + type.name(), changes));
            }
            previous = snapshot;
        }
        Collections.reverse(entries);
        return entries;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private String display(String field, Object value) {
        if (value == null) {
            return "";
        }
        if (NAME_SQL.containsKey(field) && value instanceof Long id) {
            return jdbc.queryForList(NAME_SQL.get(field), Map.of("id", id), String.class).stream().findFirst()
                    .orElse("#" + id);
        }
        return switch (value) {
            case Enum<?> e -> e.getDeclaringClass().getSimpleName().substring(0, 1).toLowerCase()
                    + e.getDeclaringClass().getSimpleName().substring(1) + "." + e.name();
            case Boolean b -> b ? "common.yes" : "common.no";
            case LocalDate d -> ChineseDates.format(d);
            case BigDecimal amount -> Money.format(amount);
            default -> value.toString();
        };
    }
}
