package org.zhaoshang.crm.supervision;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Links into 问题督办 for other features: reminder mails, the bell, follow-ups and trips that raise problems. */
public final class SupervisionNavigation {

    /** 本单位督办事项 (the unit inbox tab). */
    public static final String INBOX = "supervision?tab=inbox";
    /** 我督办的 (a leader's items, overdue first). */
    public static final String SUPERVISED_BY_ME = "supervision?tab=supervised";
    /** ADMIN: the working-day calendar. */
    public static final String CALENDAR = "admin/working-days";

    private SupervisionNavigation() {
    }

    public static String problemUrl(Long id) {
        return "supervision/" + id;
    }

    public static String meetingUrl(Long id) {
        return "meetings/" + id;
    }

    /**
     * The form that raises a problem on a project, with where it came from (跟进, 外出招商) and the text that
     * prompted it filled in as the description.
     */
    public static String raiseUrl(Long projectId, ProblemSource source, String description) {
        String url = "supervision/raise?project=" + projectId + "&source=" + source.name();
        if (description != null && !description.isBlank()) {
            String text = description.strip();
            url += "&text=" + URLEncoder.encode(text.length() > 1000 ? text.substring(0, 1000) : text, StandardCharsets.UTF_8);
        }
        return url;
    }
}
