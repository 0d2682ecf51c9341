/**
 * Organisation and reference data: units (单位), users and their roles, areas (片区/园区/载体), the two-wheel
 * industry tree (双轮驱动) and cities. Other features refer to these by id and read them through
 * {@link org.zhaoshang.crm.org.ReferenceDataService} and {@link org.zhaoshang.crm.org.UserAccountService}.
 * Uses only base.
 */
package org.zhaoshang.crm.org;
