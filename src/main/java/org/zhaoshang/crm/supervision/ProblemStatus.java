package org.zhaoshang.crm.supervision;

/** 待交办 → 办理中 → 申请销号 → 已销号; 退回 sends an application back to 办理中 (labels {@code problemStatus.*}). */
public enum ProblemStatus {
    TO_ASSIGN, IN_PROGRESS, CLOSE_REQUESTED, CLOSED
}
