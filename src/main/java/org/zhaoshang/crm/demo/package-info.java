/**
 * Demo data for the default run mode and the tests: demo accounts and, as features land, the trips,
 * companies and projects of the district's newspaper (shared/seeds). Never active in production.
 * Uses every feature's public service, with one exception: {@link org.zhaoshang.crm.demo.SyntheticData}
 * bulk-loads benchmark volumes with plain JDBC (its Javadoc says why), run as a one-shot command by
 * {@link org.zhaoshang.crm.demo.SyntheticDataRunner}.
 */
package org.zhaoshang.crm.demo;
