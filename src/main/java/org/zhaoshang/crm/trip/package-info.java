/**
 * 外出招商: trips as first-class objects — destinations, members, the itinerary of visits, the leads and
 * projects they produce, the funnel of what a trip turned into, action items and the 考察报告 (.docx).
 * Uses project (creating and linking projects), company, org, security and base.
 */
package org.zhaoshang.crm.trip;
