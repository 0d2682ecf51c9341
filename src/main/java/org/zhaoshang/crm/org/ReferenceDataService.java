package org.zhaoshang.crm.org;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhaoshang.crm.base.BusinessException;
import org.zhaoshang.crm.base.NotFoundException;

/**
 * Reference data every feature picks from: units, areas, industries, cities. Anyone signed in reads it;
 * only ADMIN changes it. Nothing is deleted (projects refer to it): entries are deactivated instead.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ReferenceDataService {

    private final UnitRepository units;
    private final AreaRepository areas;
    private final IndustryRepository industries;
    private final CityRepository cities;
    private final AppUserRepository users;

    ReferenceDataService(UnitRepository units, AreaRepository areas, IndustryRepository industries,
            CityRepository cities, AppUserRepository users) {
        this.units = units;
        this.areas = areas;
        this.industries = industries;
        this.cities = cities;
        this.users = users;
    }

    /** All units in their display order, with how many users each has. */
    public List<UnitSummary> units() {
        return units.findAllByOrderBySortOrderAscIdAsc().stream()
                .map(u -> toSummary(u, users.countByUnitId(u.getId())))
                .toList();
    }

    public UnitSummary unit(Long id) {
        Unit unit = units.findById(id).orElseThrow(() -> new NotFoundException("unit", id));
        return toSummary(unit, users.countByUnitId(id));
    }

    /** Creates or updates a unit. Code and name must be unique. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UnitSummary saveUnit(UnitDraft draft) {
        String code = required(draft.code(), "org.field.code").toUpperCase();
        String name = required(draft.name(), "org.field.name");
        if (draft.type() == null) {
            throw new BusinessException("validation.required", "org.field.unitType");
        }
        Long id = draft.id() == null ? -1L : draft.id();
        if (units.existsByCodeAndIdNot(code, id)) {
            throw new BusinessException("org.error.codeTaken", code);
        }
        if (units.existsByNameAndIdNot(name, id)) {
            throw new BusinessException("org.error.nameTaken", name);
        }
        Unit unit = draft.id() == null ? new Unit(code, name, draft.type(), draft.sortOrder()) : loadForUpdate(units.findById(draft.id()), "unit", draft.id(), draft.version());
        unit.update(code, name, draft.type(), draft.sortOrder(), draft.active());
        Unit saved = units.saveAndFlush(unit);
        return toSummary(saved, saved.getId() == null ? 0 : users.countByUnitId(saved.getId()));
    }

    public List<AreaSummary> areas() {
        List<Area> all = areas.findAllByOrderBySortOrderAscIdAsc();
        Map<Long, String> names = all.stream().collect(Collectors.toMap(Area::getId, Area::getName));
        return all.stream().map(a -> toSummary(a, names)).toList();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AreaSummary saveArea(AreaDraft draft) {
        String code = required(draft.code(), "org.field.code").toUpperCase();
        String name = required(draft.name(), "org.field.name");
        Long id = draft.id() == null ? -1L : draft.id();
        if (areas.existsByCodeAndIdNot(code, id)) {
            throw new BusinessException("org.error.codeTaken", code);
        }
        if (areas.existsByNameAndIdNot(name, id)) {
            throw new BusinessException("org.error.nameTaken", name);
        }
        checkParent(draft.id(), draft.parentId(), parentsParent(areas, draft.parentId(), Area::getParentId));
        if (draft.id() != null && draft.parentId() != null && areas.existsByParentId(draft.id())) {
            throw new BusinessException("org.error.tooDeep");
        }
        Area area = draft.id() == null ? new Area(code) : loadForUpdate(areas.findById(draft.id()), "area", draft.id(), draft.version());
        area.update(code, name, draft.parentId(), blankToNull(draft.description()), draft.sortOrder(), draft.active());
        areas.saveAndFlush(area);
        return areas().stream().filter(a -> a.id().equals(area.getId())).findFirst().orElseThrow();
    }

    /** The industry tree flattened: each wheel followed by its branches, both in display order. */
    public List<IndustrySummary> industries() {
        List<Industry> all = industries.findAllByOrderBySortOrderAscIdAsc();
        Map<Long, String> names = all.stream().collect(Collectors.toMap(Industry::getId, Industry::getName));
        Map<Long, List<Industry>> branches = all.stream().filter(i -> i.getParentId() != null)
                .collect(Collectors.groupingBy(Industry::getParentId));
        return all.stream().filter(i -> i.getParentId() == null)
                .flatMap(wheel -> Stream.concat(Stream.of(wheel), branches.getOrDefault(wheel.getId(), List.of()).stream()))
                .map(i -> new IndustrySummary(i.getId(), i.getVersion(), i.getCode(), i.getName(), i.getParentId(),
                        i.getParentId() == null ? null : names.get(i.getParentId()), i.getSortOrder(), i.isActive()))
                .toList();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public IndustrySummary saveIndustry(IndustryDraft draft) {
        String code = required(draft.code(), "org.field.code").toUpperCase();
        String name = required(draft.name(), "org.field.name");
        Long id = draft.id() == null ? -1L : draft.id();
        if (industries.existsByCodeAndIdNot(code, id)) {
            throw new BusinessException("org.error.codeTaken", code);
        }
        if (industries.existsByParentIdAndNameAndIdNot(draft.parentId(), name, id)) {
            throw new BusinessException("org.error.nameTaken", name);
        }
        checkParent(draft.id(), draft.parentId(), parentsParent(industries, draft.parentId(), Industry::getParentId));
        if (draft.id() != null && draft.parentId() != null && industries.existsByParentId(draft.id())) {
            throw new BusinessException("org.error.tooDeep");
        }
        Industry industry = draft.id() == null ? new Industry(code) : loadForUpdate(industries.findById(draft.id()), "industry", draft.id(), draft.version());
        industry.update(code, name, draft.parentId(), draft.sortOrder(), draft.active());
        industries.saveAndFlush(industry);
        return industries().stream().filter(i -> i.id().equals(industry.getId())).findFirst().orElseThrow();
    }

    public List<CitySummary> cities() {
        return cities.findAllByOrderBySortOrderAscIdAsc().stream().map(ReferenceDataService::toSummary).toList();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public CitySummary saveCity(CityDraft draft) {
        String name = required(draft.name(), "org.field.name");
        String province = required(draft.province(), "org.field.province");
        if (cities.existsByProvinceAndNameAndIdNot(province, name, draft.id() == null ? -1L : draft.id())) {
            throw new BusinessException("org.error.nameTaken", province + " " + name);
        }
        if (draft.longitude() != null && draft.longitude().abs().doubleValue() > 180
                || draft.latitude() != null && draft.latitude().abs().doubleValue() > 90) {
            throw new BusinessException("org.error.coordinates");
        }
        City city = draft.id() == null ? new City() : loadForUpdate(cities.findById(draft.id()), "city", draft.id(), draft.version());
        city.update(name, province, draft.longitude(), draft.latitude(), draft.sortOrder(), draft.active());
        return toSummary(cities.saveAndFlush(city));
    }

    public OrgCounts counts() {
        return new OrgCounts(units.count(), users.count(), areas.count(), industries.count(), cities.count());
    }

    public Optional<String> unitName(Long unitId) {
        return unitId == null ? Optional.empty() : units.findById(unitId).map(Unit::getName);
    }

    private static <E extends org.zhaoshang.crm.base.AbstractEntity> E loadForUpdate(Optional<E> found, String what,
            Long id, long expectedVersion) {
        E entity = found.orElseThrow(() -> new NotFoundException(what, id));
        entity.checkVersion(expectedVersion);
        return entity;
    }

    /** The parent of the chosen parent, if it has one; refuses a parent that does not exist. */
    private static <E> Optional<Long> parentsParent(org.springframework.data.repository.CrudRepository<E, Long> repository,
            Long parentId, Function<E, Long> parentOf) {
        if (parentId == null) {
            return Optional.empty();
        }
        E parent = repository.findById(parentId).orElseThrow(() -> new NotFoundException("parent", parentId));
        return Optional.ofNullable(parentOf.apply(parent));
    }

    /** One level of nesting only, and never the entry itself as its own parent. */
    private static void checkParent(Long id, Long parentId, Optional<Long> parentsParent) {
        if (parentId == null) {
            return;
        }
        if (Objects.equals(id, parentId)) {
            throw new BusinessException("org.error.selfParent");
        }
        if (parentsParent.isPresent()) {
            throw new BusinessException("org.error.tooDeep");
        }
    }

    static String required(String value, String fieldKey) {
        if (value == null || value.isBlank()) {
            throw new BusinessException("validation.required", fieldKey);
        }
        return value.strip();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static UnitSummary toSummary(Unit u, long userCount) {
        return new UnitSummary(u.getId(), u.getVersion(), u.getCode(), u.getName(), u.getType(), u.getSortOrder(),
                u.isActive(), userCount);
    }

    private static AreaSummary toSummary(Area a, Map<Long, String> names) {
        return new AreaSummary(a.getId(), a.getVersion(), a.getCode(), a.getName(), a.getParentId(),
                a.getParentId() == null ? null : names.get(a.getParentId()), a.getDescription(), a.getSortOrder(),
                a.isActive());
    }

    private static CitySummary toSummary(City c) {
        return new CitySummary(c.getId(), c.getVersion(), c.getName(), c.getProvince(), c.getLongitude(),
                c.getLatitude(), c.getSortOrder(), c.isActive());
    }
}
