package org.zhaoshang.crm.followup;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowupRepository extends JpaRepository<Followup, Long> {

    List<Followup> findByProjectIdAndAuthorIdAndClosedAtIsNullAndIdNot(Long projectId, Long authorId, Long id);
}
