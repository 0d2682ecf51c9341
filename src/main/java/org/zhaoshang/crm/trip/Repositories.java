package org.zhaoshang.crm.trip;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TripRepository extends JpaRepository<Trip, Long> {
}

interface VisitRepository extends JpaRepository<Visit, Long> {

    List<Visit> findByTripIdOrderByVisitDateAscPositionAscIdAsc(Long tripId);

    List<Visit> findByCompanyId(Long companyId);

    List<Visit> findByProjectId(Long projectId);
}

interface TripActionRepository extends JpaRepository<TripAction, Long> {
}

interface VisitDraftRepository extends JpaRepository<VisitDraftRecord, Long> {

    Optional<VisitDraftRecord> findByUserIdAndTripIdAndVisitKey(Long userId, Long tripId, long visitKey);
}
