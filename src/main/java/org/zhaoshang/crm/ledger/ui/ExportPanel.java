package org.zhaoshang.crm.ledger.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.zhaoshang.crm.base.BusinessException;
import org.zhaoshang.crm.base.ui.Notifications;

/**
 * Export buttons that do not block the screen: the file is written in the background ({@link ExportRunner}) while a
 * progress bar counts the rows (the screen polls twice a second while an export runs, and not otherwise); when it is
 * written, the download starts by itself and a link stays for a second try.
 */
class ExportPanel extends Div {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = "application/pdf";
    private static final int POLL_MILLIS = 500;

    private final ExportRunner runner;
    private final List<Button> buttons = new ArrayList<>();
    private final NativeProgress progress = new NativeProgress();
    private final Span status = new Span();
    private final Div download = new Div();
    private ExportRunner.Task task;
    private long expected;
    private String fileName;
    private String contentType;
    private Registration polling;

    ExportPanel(ExportRunner runner) {
        this.runner = runner;
        addClassName("export-panel");
        progress.addClassName("export-progress");
        status.addClassName("export-status");
        download.addClassName("export-download");
        progress.setVisible(false);
        add(progress, status, download);
    }

    /**
     * A button that writes a file: {@code fileName} without extension, {@code expectedRows} for the progress bar.
     */
    Button add(String label, VaadinIcon icon, String suffix, String type, Supplier<String> name, LongSupplier expectedRows,
            ExportRunner.Work work) {
        Button button = new Button(label, icon.create(), e -> start(suffix, type, name.get() + suffix, expectedRows.getAsLong(), work));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.addClassName("export-button");
        buttons.add(button);
        addComponentAtIndex(buttons.size() - 1, button);
        return button;
    }

    private void start(String suffix, String type, String name, long rows, ExportRunner.Work work) {
        discard();
        fileName = name;
        contentType = type;
        expected = rows;
        buttons.forEach(b -> b.setEnabled(false));
        download.removeAll();
        progress.set(0, rows);
        progress.setVisible(true);
        status.setText(getTranslation("ledger.export.queued"));
        task = runner.start(suffix, work);
        UI ui = UI.getCurrent();
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(e -> update());
    }

    /** What the screen shows about the running export; called on every poll. */
    void update() {
        if (task == null) {
            return;
        }
        switch (task.state()) {
            case QUEUED -> status.setText(getTranslation("ledger.export.queued"));
            case RUNNING -> {
                progress.set(task.rows(), expected);
                status.setText(getTranslation("ledger.export.running", task.rows(), expected));
            }
            case DONE -> finished();
            case FAILED -> {
                stopPolling();
                progress.setVisible(false);
                status.setText("");
                buttons.forEach(b -> b.setEnabled(true));
                Notifications.error(task.error() instanceof BusinessException refused ? Notifications.message(this, refused)
                        : getTranslation("ledger.export.failed"));
                task = null;
            }
        }
    }

    private void finished() {
        stopPolling();
        ExportRunner.Task done = task;
        String name = fileName;
        String type = contentType;
        progress.setVisible(false);
        status.setText(getTranslation("ledger.export.done", done.rows()));
        buttons.forEach(b -> b.setEnabled(true));
        DownloadHandler handler = event -> {
            Path file = done.file();
            if (file == null) {
                event.getResponse().setStatus(410);
                return;
            }
            event.setFileName(name);
            event.setContentType(type);
            event.setContentLength(Files.size(file));
            Files.copy(file, event.getOutputStream());
        };
        Anchor link = new Anchor(handler, name);
        link.addClassName("export-file");
        download.removeAll();
        download.add(VaadinIcon.DOWNLOAD_ALT.create(), link);
        link.getElement().executeJs("setTimeout(() => this.click(), 0)");
    }

    boolean busy() {
        return task != null && (task.state() == ExportRunner.Task.State.QUEUED || task.state() == ExportRunner.Task.State.RUNNING);
    }

    ExportRunner.Task task() {
        return task;
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    private void discard() {
        stopPolling();
        if (task != null) {
            task.discard();
            task = null;
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (polling == null && busy()) {
            event.getUI().setPollInterval(POLL_MILLIS);
            polling = event.getUI().addPollListener(e -> update());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        discard();
        download.removeAll();
        super.onDetach(event);
    }
}
