package org.zhaoshang.crm.company;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CompanyRepository extends JpaRepository<Company, Long> {

    Optional<Company> findByCreditCode(String creditCode);
}

interface ContactRepository extends JpaRepository<Contact, Long> {

    List<Contact> findByCompanyIdOrderByIdAsc(Long companyId);

    long countByCompanyId(Long companyId);
}
