/**
 * Reminders: Quartz jobs (clustered, JDBC store) that decide what to tell whom — the daily digest of due
 * follow-ups and stale projects, escalations to unit leads, the weekly leadership digest — and a
 * transactional outbox from which a sender job delivers through channels (e-mail via SMTP, WeCom group
 * robot), with retries, back-off and one idempotency key per reminder. Also the in-app bell, per-user mail
 * preferences, the calendar feed and the ADMIN pages for jobs and the outbox.
 * Uses followup, project, org, security and base.
 */
package org.zhaoshang.crm.reminder;
