package org.zhaoshang.crm.supervision;

/** 推进会, 专题会, 现场办公, 项目服务日 (labels {@code meetingKind.*}). */
public enum MeetingKind {
    PROGRESS, TOPIC, ON_SITE, SERVICE_DAY
}
