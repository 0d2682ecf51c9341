package org.zhaoshang.crm.company;

import java.util.List;
import org.zhaoshang.crm.base.BusinessException;

/** Not an error but a question: companies with similar names exist; save anyway only when confirmed. */
public class SimilarCompaniesException extends BusinessException {

    private final transient List<CompanyRef> similar;

    public SimilarCompaniesException(List<CompanyRef> similar) {
        super("company.warning.similar", similar.stream().map(CompanyRef::label).reduce((a, b) -> a + "、" + b).orElse(""));
        this.similar = List.copyOf(similar);
    }

    public List<CompanyRef> similar() {
        return similar;
    }
}
