package org.zhaoshang.crm.company;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhaoshang.crm.base.BusinessException;
import org.zhaoshang.crm.base.ContactFormats;
import org.zhaoshang.crm.base.NotFoundException;
import org.zhaoshang.crm.base.text.PinyinInitials;
import org.zhaoshang.crm.org.CitySummary;
import org.zhaoshang.crm.org.ReferenceDataService;

/**
 * 企业库. Everyone signed in reads and records companies (a lead starts with one); merging duplicates is
 * ADMIN's. A credit code is checked with its check character and may belong to one company only; a name
 * close to an existing one asks for confirmation before it is saved.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CompanyService {

    /** Province-level names, stripped from the front of company names when looking for duplicates. */
    private static final List<String> PROVINCES = List.of("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林",
            "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州",
            "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门");

    private final CompanyRepository companies;
    private final ContactRepository contacts;
    private final CompanyQueries queries;
    private final ReferenceDataService referenceData;
    private final ApplicationEventPublisher events;

    CompanyService(CompanyRepository companies, ContactRepository contacts, CompanyQueries queries,
            ReferenceDataService referenceData, ApplicationEventPublisher events) {
        this.companies = companies;
        this.contacts = contacts;
        this.queries = queries;
        this.referenceData = referenceData;
        this.events = events;
    }

    public List<CompanySummary> list(CompanyFilter filter, int offset, int limit, String sortColumn, boolean ascending) {
        return queries.list(filter, offset, limit, sortColumn, ascending);
    }

    public long count(CompanyFilter filter) {
        return queries.count(filter);
    }

    /** Companies whose name, brand or pinyin initials contain the text, for pickers. */
    public List<CompanyRef> search(String text, int limit) {
        return queries.list(new CompanyFilter(text, null, null, null), 0, limit, "name", true).stream()
                .map(c -> new CompanyRef(c.id(), c.name(), c.shortName())).toList();
    }

    public CompanyDetails get(Long id) {
        return queries.details(id).orElseThrow(() -> new NotFoundException("company", id));
    }

    /** The company's home city (总部所在地), if known. */
    public Optional<Long> hqCityOf(Long id) {
        return companies.findById(id).map(Company::getHqCityId);
    }

    public Optional<CompanyRef> ref(Long id) {
        return companies.findById(id).map(c -> new CompanyRef(c.getId(), c.getName(), c.getShortName()));
    }

    public List<ContactRow> contacts(Long companyId) {
        return contacts.findByCompanyIdOrderByIdAsc(companyId).stream().map(Contact::toRow).toList();
    }

    /**
     * Creates or updates a company. Refuses an invalid or taken credit code; when a company with a close
     * name exists and {@code similarConfirmed} is false, throws {@link SimilarCompaniesException} so the
     * user can look before saving. Returns the id.
     */
    @Transactional
    public Long save(CompanyDraft draft, boolean similarConfirmed) {
        if (draft.name() == null || draft.name().isBlank()) {
            throw new BusinessException("validation.required", "company.field.name");
        }
        String creditCode = creditCode(draft.creditCode());
        if (creditCode != null) {
            companies.findByCreditCode(creditCode).filter(other -> !other.getId().equals(draft.id())).ifPresent(other -> {
                throw new DuplicateCreditCodeException(new CompanyRef(other.getId(), other.getName(), other.getShortName()));
            });
        }
        Company company;
        if (draft.id() == null) {
            company = Company.create();
        } else {
            company = companies.findById(draft.id()).orElseThrow(() -> new NotFoundException("company", draft.id()));
            company.checkVersion(draft.version());
        }
        boolean renamed = draft.id() == null || !draft.name().strip().equals(company.getName())
                || !java.util.Objects.equals(Company.blankToNull(draft.shortName()), company.getShortName());
        boolean moved = draft.id() != null && !java.util.Objects.equals(draft.hqCityId(), company.getHqCityId());
        String normalized = CompanyNames.normalize(draft.name(), placeNames());
        if (!similarConfirmed && renamed) {
            List<CompanyRef> similar = similarTo(draft.name(), draft.id());
            if (!similar.isEmpty()) {
                throw new SimilarCompaniesException(similar);
            }
        }
        company.update(draft, creditCode, normalized.isEmpty() ? draft.name().strip() : normalized,
                PinyinInitials.searchKey(draft.name(), draft.shortName()));
        try {
            companies.saveAndFlush(company);
        } catch (DataIntegrityViolationException raceOnCreditCode) {
            throw new BusinessException("company.error.creditCodeTakenMeanwhile", creditCode);
        }
        if ((renamed || moved) && draft.id() != null) {
            events.publishEvent(new CompanyChanged(company.getId(), company.getName(), company.getShortName(), company.getHqCityId()));
        }
        return company.getId();
    }

    /** Companies whose names are close to the given one (same after removing 有限公司 etc., or contained). */
    public List<CompanyRef> similarTo(String name, Long exceptId) {
        Set<String> places = placeNames();
        String normalized = CompanyNames.normalize(name, places);
        if (normalized.length() < 2) {
            return List.of();
        }
        return queries.nameCandidates(normalized, exceptId).stream()
                .filter(candidate -> CompanyNames.isClose(name, candidate.name(), places))
                .limit(10)
                .toList();
    }

    @Transactional
    public Long saveContact(ContactDraft draft) {
        if (draft.name() == null || draft.name().isBlank()) {
            throw new BusinessException("validation.required", "company.contact.name");
        }
        ContactFormats.phone(draft.phone());
        ContactFormats.email(draft.email());
        if (!companies.existsById(draft.companyId())) {
            throw new NotFoundException("company", draft.companyId());
        }
        Contact contact;
        if (draft.id() == null) {
            contact = new Contact(draft.companyId());
        } else {
            contact = contacts.findById(draft.id()).orElseThrow(() -> new NotFoundException("contact", draft.id()));
            contact.checkVersion(draft.version());
        }
        contact.update(draft);
        return contacts.saveAndFlush(contact).getId();
    }

    @Transactional
    public void deleteContact(Long contactId, long version) {
        Contact contact = contacts.findById(contactId).orElseThrow(() -> new NotFoundException("contact", contactId));
        contact.checkVersion(version);
        contacts.delete(contact);
    }

    /**
     * Merges {@code mergedId} into {@code survivorId}: contacts move, other features move their rows on
     * {@link CompaniesMerged}, the survivor keeps its own data and takes the credit code if it had none; the
     * merged record is deleted. All in one transaction.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void merge(Long survivorId, Long mergedId) {
        if (survivorId.equals(mergedId)) {
            throw new BusinessException("company.error.mergeSelf");
        }
        Company survivor = companies.findById(survivorId).orElseThrow(() -> new NotFoundException("company", survivorId));
        Company merged = companies.findById(mergedId).orElseThrow(() -> new NotFoundException("company", mergedId));
        contacts.findByCompanyIdOrderByIdAsc(mergedId).forEach(c -> c.moveTo(survivorId));
        events.publishEvent(new CompaniesMerged(survivorId, mergedId));
        String code = merged.getCreditCode();
        companies.delete(merged);
        companies.flush();
        if (survivor.getCreditCode() == null && code != null) {
            CompanyDraft draft = new CompanyDraft(survivor.getId(), survivor.getVersion(), survivor.getName(),
                    survivor.getShortName(), code, survivor.getHqCityId(), survivor.getOwnershipType(),
                    survivor.getParentGroup(), survivor.getIndustryId(), survivor.getWebsite(), survivor.getNotes());
            survivor.update(draft, code, survivor.getNormalizedName(), PinyinInitials.searchKey(survivor.getName(), survivor.getShortName()));
        }
    }

    private static String creditCode(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String code = CreditCode.normalize(raw);
        CreditCode.check(code).ifPresent(problem -> {
            throw new BusinessException("company.error.creditCode." + problem.name(), code);
        });
        return code;
    }

    private Set<String> placeNames() {
        Set<String> places = new LinkedHashSet<>(PROVINCES);
        for (CitySummary city : referenceData.cities()) {
            places.add(city.name());
            places.add(city.province());
        }
        return places;
    }
}
