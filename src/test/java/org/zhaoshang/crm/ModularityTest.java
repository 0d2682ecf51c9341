package org.zhaoshang.crm;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Feature packages are modules: no cycles, and nobody reaches into another feature's internals. */
class ModularityTest {

    @Test
    void featurePackagesRespectTheirBoundaries() {
        ApplicationModules.of(CrmApplication.class).verify();
    }
}
