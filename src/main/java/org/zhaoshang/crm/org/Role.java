package org.zhaoshang.crm.org;

/** One role per user. Names double as Spring Security roles ({@code ROLE_STAFF} …). */
public enum Role {
    /** 招商专员: logs trips, visits and follow-ups, keeps leads moving. */
    STAFF,
    /** 单位负责人: sees the unit's pipeline, assigns owners, answers supervision items. */
    UNIT_LEAD,
    /** 区领导: cockpit, key projects, supervision. */
    LEADER,
    /** 管理员: users, units, reference data, settings. */
    ADMIN;

    /** Constants for {@code @RolesAllowed}, which needs compile-time strings. */
    public static final class Names {
        public static final String STAFF = "STAFF";
        public static final String UNIT_LEAD = "UNIT_LEAD";
        public static final String LEADER = "LEADER";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
