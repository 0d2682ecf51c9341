package org.zhaoshang.crm.project.ui;

import com.vaadin.flow.component.html.Span;
import org.zhaoshang.crm.base.ui.Labels;
import org.zhaoshang.crm.project.Stage;

/** The stage as a coloured pill; colours move from grey (线索) to green (投产). */
class StageBadge extends Span {

    StageBadge(Stage stage) {
        setText(Labels.of(this, stage));
        addClassNames("stage-badge", "stage-" + stage.name().toLowerCase().replace('_', '-'));
    }

    static Span flag(String text, String className) {
        Span flag = new Span(text);
        flag.addClassNames("flag", className);
        return flag;
    }
}
