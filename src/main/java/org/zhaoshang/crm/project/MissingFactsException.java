package org.zhaoshang.crm.project;

import java.util.List;
import org.zhaoshang.crm.base.BusinessException;

/** The target stage needs facts that were not given; the dialog asks for exactly these. */
public class MissingFactsException extends BusinessException {

    private final transient List<Fact> missing;

    public MissingFactsException(List<Fact> missing) {
        super("project.error.missingFacts", missing.stream().map(f -> "fact." + f.name()).toList());
        this.missing = List.copyOf(missing);
    }

    public List<Fact> missing() {
        return missing;
    }
}
