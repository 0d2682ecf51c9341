package org.zhaoshang.crm.ledger.importing;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface LedgerImportLogRepository extends JpaRepository<LedgerImportLog, Long> {

    List<LedgerImportLog> findAllByOrderByImportedAtDescIdDesc(Pageable page);

    List<LedgerImportLog> findByUnitIdOrderByImportedAtDescIdDesc(Long unitId, Pageable page);
}
