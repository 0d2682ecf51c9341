package org.zhaoshang.crm.org;

/** How much reference data there is, for the home page. */
public record OrgCounts(long units, long users, long areas, long industries, long cities) {
}
