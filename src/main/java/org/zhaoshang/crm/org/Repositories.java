package org.zhaoshang.crm.org;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UnitRepository extends JpaRepository<Unit, Long> {

    List<Unit> findAllByOrderBySortOrderAscIdAsc();

    boolean existsByCodeAndIdNot(String code, Long id);

    boolean existsByNameAndIdNot(String name, Long id);
}

interface AreaRepository extends JpaRepository<Area, Long> {

    List<Area> findAllByOrderBySortOrderAscIdAsc();

    boolean existsByCodeAndIdNot(String code, Long id);

    boolean existsByNameAndIdNot(String name, Long id);

    boolean existsByParentId(Long parentId);
}

interface IndustryRepository extends JpaRepository<Industry, Long> {

    List<Industry> findAllByOrderBySortOrderAscIdAsc();

    boolean existsByCodeAndIdNot(String code, Long id);

    boolean existsByParentIdAndNameAndIdNot(Long parentId, String name, Long id);

    boolean existsByParentId(Long parentId);
}

interface CityRepository extends JpaRepository<City, Long> {

    List<City> findAllByOrderBySortOrderAscIdAsc();

    boolean existsByProvinceAndNameAndIdNot(String province, String name, Long id);
}

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    @Query("select u from AppUser u join fetch u.unit where u.username = :username")
    Optional<AppUser> findWithUnitByUsername(@Param("username") String username);

    @Query("select u from AppUser u join fetch u.unit order by u.unit.sortOrder, u.role, u.username")
    List<AppUser> findAllWithUnit();

    boolean existsByUsername(String username);

    long countByUnitId(Long unitId);

    long countByRoleAndEnabledTrue(Role role);
}
