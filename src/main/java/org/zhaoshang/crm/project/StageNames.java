package org.zhaoshang.crm.project;

/**
 * The stages' Chinese names for documents that are Chinese whatever the UI language — reports and reminder
 * mails filed or read as they are. Screens use the i18n bundle ({@code stage.<NAME>}).
 */
public final class StageNames {

    private StageNames() {
    }

    public static String chinese(Stage stage) {
        if (stage == null) {
            return "";
        }
        return switch (stage) {
            case LEAD -> "线索";
            case CONTACT -> "对接";
            case SITE_VISIT -> "考察";
            case NEGOTIATION -> "洽谈";
            case SIGNED -> "签约";
            case LANDED -> "落地";
            case STARTED -> "开工";
            case OPERATING -> "投产";
            case ON_HOLD -> "搁置";
            case DROPPED -> "终止";
        };
    }
}
