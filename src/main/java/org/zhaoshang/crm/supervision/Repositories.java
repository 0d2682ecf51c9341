package org.zhaoshang.crm.supervision;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProblemRepository extends JpaRepository<Problem, Long> {
}

interface ProblemEventRepository extends JpaRepository<ProblemEvent, Long> {
}
