package org.zhaoshang.crm.project;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectRepository extends JpaRepository<Project, Long> {

    List<Project> findByCompanyId(Long companyId);
}

interface StageChangeRepository extends JpaRepository<StageChange, Long> {

    List<StageChange> findByProjectIdOrderByChangedAtDescIdDesc(Long projectId);
}

interface AgreementRepository extends JpaRepository<Agreement, Long> {

    /** Newest first: by date, then as recorded. */
    List<Agreement> findByProjectIdOrderBySignedOnDescIdDesc(Long projectId);

    boolean existsByProjectId(Long projectId);
}

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    List<Attachment> findByProjectIdOrderByUploadedAtDesc(Long projectId);
}
