/**
 * 跟进记录: every contact on a project (kind, when, who, content, result, next step and next date). The next
 * date is what reminders are about; a later follow-up on the same project by the same person closes it.
 * Follow-ups count as project activity (staleness). Uses project, org, security and base.
 */
package org.zhaoshang.crm.followup;
