package org.zhaoshang.crm.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhaoshang.crm.base.BusinessException;
import org.zhaoshang.crm.base.ConcurrentEditException;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.org.UnitSummary;

/**
 * Yearly targets of the district and of each unit, optionally split by quarter. ADMIN sets them; every
 * signed-in user reads them (the cockpit shows progress against them). Plain SQL on one small table: a
 * row per year, unit and quarter, with a version so that two administrators cannot overwrite each other.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class TargetService {

    static final int MAX_COUNT = 100_000;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999.99");

    private final NamedParameterJdbcTemplate jdbc;
    private final ReferenceDataService referenceData;

    TargetService(NamedParameterJdbcTemplate jdbc, ReferenceDataService referenceData) {
        this.jdbc = jdbc;
        this.referenceData = referenceData;
    }

    /**
     * The targets of a year and quarter (0 = the whole year): first the district, then every active unit in
     * the units' order; a row without a saved target has {@code id == null} and empty figures.
     */
    public List<Target> targets(int year, int quarter) {
        checkYearAndQuarter(year, quarter);
        Map<Long, Target> saved = new HashMap<>();
        jdbc.query("select * from cockpit_target where target_year = :year and quarter = :quarter",
                new MapSqlParameterSource("year", year).addValue("quarter", quarter), rs -> {
                    Long unitId = rs.getObject("unit_id", Long.class);
                    saved.put(unitId == null ? 0L : unitId, new Target(rs.getLong("id"), rs.getLong("version"), year, quarter,
                            unitId, null, rs.getObject("signed_count", Integer.class), rs.getBigDecimal("signed_amount"),
                            rs.getObject("landed_count", Integer.class), rs.getObject("library_count", Integer.class)));
                });
        List<Target> rows = new ArrayList<>();
        rows.add(named(saved.get(0L), year, quarter, null, null));
        for (UnitSummary unit : referenceData.units()) {
            if (unit.active() || saved.containsKey(unit.id())) {
                rows.add(named(saved.get(unit.id()), year, quarter, unit.id(), unit.name()));
            }
        }
        return rows;
    }

    /**
     * The target that applies to a unit (null = district) for a year and quarter. For the whole year
     * without a yearly row, the sum of the quarters that were set stands in.
     */
    public Target targetFor(int year, int quarter, Long unitId) {
        List<Target> rows = jdbc.query("select * from cockpit_target where target_year = :year and scope_unit_id = :unit",
                new MapSqlParameterSource("year", year).addValue("unit", unitId == null ? 0L : unitId),
                (rs, n) -> new Target(rs.getLong("id"), rs.getLong("version"), year, rs.getInt("quarter"), unitId, null,
                        rs.getObject("signed_count", Integer.class), rs.getBigDecimal("signed_amount"),
                        rs.getObject("landed_count", Integer.class), rs.getObject("library_count", Integer.class)));
        return forQuarter(rows, year, quarter, unitId);
    }

    /** All targets of a year by unit (0 for the district) and quarter, for the ranking. */
    Map<Long, Target> yearTargetsByUnit(int year, int quarter) {
        Map<Long, List<Target>> byUnit = new HashMap<>();
        jdbc.query("select * from cockpit_target where target_year = :year", new MapSqlParameterSource("year", year), rs -> {
            Long unitId = rs.getObject("unit_id", Long.class);
            byUnit.computeIfAbsent(unitId == null ? 0L : unitId, k -> new ArrayList<>()).add(new Target(rs.getLong("id"),
                    rs.getLong("version"), year, rs.getInt("quarter"), unitId, null, rs.getObject("signed_count", Integer.class),
                    rs.getBigDecimal("signed_amount"), rs.getObject("landed_count", Integer.class),
                    rs.getObject("library_count", Integer.class)));
        });
        Map<Long, Target> result = new HashMap<>();
        byUnit.forEach((unit, rows) -> result.put(unit, forQuarter(rows, year, quarter, unit == 0L ? null : unit)));
        return result;
    }

    static Target forQuarter(List<Target> rows, int year, int quarter, Long unitId) {
        Target exact = rows.stream().filter(t -> t.quarter() == quarter).findFirst().orElse(null);
        if (exact != null || quarter != 0) {
            return exact == null ? named(null, year, quarter, unitId, null) : exact;
        }
        List<Target> quarters = rows.stream().filter(t -> t.quarter() > 0).toList();
        if (quarters.isEmpty()) {
            return named(null, year, 0, unitId, null);
        }
        return new Target(null, 0, year, 0, unitId, null, sumInt(quarters, Target::signedCount),
                quarters.stream().map(Target::signedAmount).filter(java.util.Objects::nonNull)
                        .reduce(BigDecimal::add).orElse(null),
                sumInt(quarters, Target::landedCount), sumInt(quarters, Target::libraryCount));
    }

    private static Integer sumInt(List<Target> rows, java.util.function.Function<Target, Integer> figure) {
        return rows.stream().map(figure).filter(java.util.Objects::nonNull).reduce(Integer::sum).orElse(null);
    }

    /**
     * Saves one row. Refuses negative or absurd figures and a row someone else saved meanwhile, changing
     * nothing; a row with every figure empty deletes the target.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Target save(Target target) {
        checkYearAndQuarter(target.year(), target.quarter());
        checkCount(target.signedCount());
        checkCount(target.landedCount());
        checkCount(target.libraryCount());
        if (target.signedAmount() != null && (target.signedAmount().signum() < 0
                || target.signedAmount().compareTo(MAX_AMOUNT) > 0 || target.signedAmount().stripTrailingZeros().scale() > 2)) {
            throw new BusinessException("dashboard.target.error.amount");
        }
        if (target.unitId() != null) {
            referenceData.unit(target.unitId());
        }
        BigDecimal amount = target.signedAmount() == null ? null : target.signedAmount().setScale(2, java.math.RoundingMode.UNNECESSARY);
        MapSqlParameterSource p = new MapSqlParameterSource("year", target.year()).addValue("quarter", target.quarter())
                .addValue("unit", target.unitId()).addValue("signedCount", target.signedCount())
                .addValue("signedAmount", amount).addValue("landedCount", target.landedCount())
                .addValue("libraryCount", target.libraryCount()).addValue("id", target.id())
                .addValue("version", target.version());
        if (target.id() == null) {
            if (target.isEmpty()) {
                return target;
            }
            try {
                jdbc.update("""
                        insert into cockpit_target (target_year, quarter, unit_id, signed_count, signed_amount, landed_count,
                            library_count, version, created_at, updated_at)
                        values (:year, :quarter, :unit, :signedCount, :signedAmount, :landedCount, :libraryCount, 0,
                            utc_timestamp(6), utc_timestamp(6))""", p);
            } catch (org.springframework.dao.DuplicateKeyException e) {
                // another administrator created the same row a moment ago: theirs stays
                throw new ConcurrentEditException();
            }
        } else if (target.isEmpty()) {
            if (jdbc.update("delete from cockpit_target where id = :id and version = :version", p) == 0) {
                throw new ConcurrentEditException();
            }
            return named(null, target.year(), target.quarter(), target.unitId(), target.unitName());
        } else if (jdbc.update("""
                update cockpit_target set signed_count = :signedCount, signed_amount = :signedAmount,
                    landed_count = :landedCount, library_count = :libraryCount, version = version + 1,
                    updated_at = utc_timestamp(6)
                where id = :id and version = :version""", p) == 0) {
            throw new ConcurrentEditException();
        }
        Target stored = targetFor(target.year(), target.quarter(), target.unitId());
        return new Target(stored.id(), stored.version(), stored.year(), stored.quarter(), stored.unitId(), target.unitName(),
                stored.signedCount(), stored.signedAmount(), stored.landedCount(), stored.libraryCount());
    }

    private static Target named(Target saved, int year, int quarter, Long unitId, String unitName) {
        if (saved == null) {
            return new Target(null, 0, year, quarter, unitId, unitName, null, null, null, null);
        }
        return new Target(saved.id(), saved.version(), year, quarter, unitId, unitName, saved.signedCount(),
                saved.signedAmount(), saved.landedCount(), saved.libraryCount());
    }

    private static void checkYearAndQuarter(int year, int quarter) {
        if (year < 2000 || year > 2100) {
            throw new BusinessException("dashboard.target.error.year");
        }
        if (quarter < 0 || quarter > 4) {
            throw new BusinessException("dashboard.target.error.quarter");
        }
    }

    private static void checkCount(Integer count) {
        if (count != null && (count < 0 || count > MAX_COUNT)) {
            throw new BusinessException("dashboard.target.error.count", MAX_COUNT);
        }
    }
}
