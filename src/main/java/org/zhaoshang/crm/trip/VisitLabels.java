package org.zhaoshang.crm.trip;

import org.zhaoshang.crm.project.Stage;

/**
 * Chinese labels for the 考察报告, which is a Chinese document whatever the UI language (it is filed as is).
 */
final class VisitLabels {

    private VisitLabels() {
    }

    static String kind(VisitKind kind) {
        return switch (kind) {
            case SURVEY -> "走访考察";
            case TALK -> "座谈";
            case SIGNING_WITNESS -> "见证签约";
            case TOUR -> "参观";
        };
    }

    static String stage(Stage stage) {
        return org.zhaoshang.crm.project.StageNames.chinese(stage);
    }
}
