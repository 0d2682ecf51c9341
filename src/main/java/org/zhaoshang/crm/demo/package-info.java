/**
 * Demo data for the default run mode and the tests: demo accounts and, as features land, the trips,
 * companies and projects of the district's newspaper (shared/seeds). Never active in production.
 * Uses every feature's public service.
 */
package org.zhaoshang.crm.demo;
