package org.zhaoshang.crm.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.function.Supplier;

/** "导出Excel": downloads what the list currently shows (its filter), as an .xlsx in the office layout. */
public final class ExportLink {

    private ExportLink() {
    }

    public static <T> Anchor xlsx(String label, String title, String fileName, XlsxExport<T> export,
            Supplier<Iterable<T>> rows, String unitLine) {
        DownloadHandler handler = event -> {
            event.setFileName(fileName + ".xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            try {
                export.write(rows.get(), unitLine + "    统计截止日期：" + XlsxExport.today(ZoneId.of("Asia/Shanghai")),
                        event.getOutputStream());
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        Anchor link = new Anchor(handler, "");
        link.add(VaadinIcon.DOWNLOAD_ALT.create(), new com.vaadin.flow.component.html.Span(label));
        link.addClassName("export-link");
        link.getElement().setAttribute("title", title);
        return link;
    }
}
