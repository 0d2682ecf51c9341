/**
 * 招商项目: the pipeline. A project moves through named transitions (advance, step back, hold, drop,
 * resume) that check what the target stage needs and record who, when, from, to and why. Milestones,
 * 应开未开 and staleness are derived. Access: STAFF their unit's and their own projects, UNIT_LEAD their
 * unit's, LEADER and ADMIN all — enforced in {@link org.zhaoshang.crm.project.ProjectService} and its
 * queries. Uses company, org, security and base.
 */
package org.zhaoshang.crm.project;
