/**
 * 问题督办: problems that block projects (土地, 规划, 手续审批 …), assigned to a lead unit with a deadline
 * (calendar or working days), supervised by a leader when 挂单督办, reported on, and closed out (销号) only
 * when the right person confirms; meetings whose decisions become such items; the working-day calendar.
 * Uses project, org, security and base.
 */
package org.zhaoshang.crm.supervision;
