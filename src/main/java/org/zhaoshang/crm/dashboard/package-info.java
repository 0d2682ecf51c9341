/**
 * 领导驾驶舱, targets and rankings, and the home page (工作台) of each role. The cockpit reads projects,
 * agreements, trips, problems and reference data with read-only grouped SQL ({@code CockpitQueries}) and
 * hands out, with every figure, the project-list filter of its drill-down. Targets (table cockpit_target)
 * belong here. Uses project (filters and navigation), trip (navigation), org, security and base.
 */
package org.zhaoshang.crm.dashboard;
