package org.zhaoshang.crm.ledger.ui;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Runs long exports away from the UI: a ledger of 100,000 rows takes seconds to write, and the screen stays usable
 * meanwhile. At most two exports write at once (they are CPU-bound; the rest wait their turn), each as the user who
 * asked for it, into a temporary file that the screen offers for download and deletes when it is done with it.
 */
@Component
class ExportRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ExportRunner.class);

    /** Writes an export to the stream, telling {@code progress} how many rows are written; returns the row count. */
    interface Work {
        long write(OutputStream out, LongConsumer progress) throws IOException;
    }

    private final ExecutorService pool = Executors.newFixedThreadPool(2,
            Thread.ofPlatform().name("ledger-export-", 1).daemon(true).factory());

    /** Queues an export; the caller's security context goes with it. */
    Task start(String suffix, Work work) {
        Task task = new Task(suffix, work);
        task.future = pool.submit(new DelegatingSecurityContextRunnable(task::run));
        return task;
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }

    /** One export: queued, running (with the rows written so far), done (with its file) or failed. */
    static final class Task {

        enum State { QUEUED, RUNNING, DONE, FAILED }

        private final String suffix;
        private final Work work;
        private final AtomicLong rows = new AtomicLong();
        private volatile State state = State.QUEUED;
        private volatile Path file;
        private volatile Exception error;
        private volatile boolean discarded;
        private Future<?> future;

        private Task(String suffix, Work work) {
            this.suffix = suffix;
            this.work = work;
        }

        private void run() {
            if (discarded) {
                return;
            }
            state = State.RUNNING;
            Path written = null;
            try {
                written = Files.createTempFile("ledger-", suffix);
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(written), 1 << 16)) {
                    work.write(out, rows::set);
                }
                file = written;
                state = State.DONE;
                if (discarded) {
                    discard();
                }
            } catch (IOException | RuntimeException e) {
                log.warn("Ledger export failed", e);
                delete(written);
                error = e;
                state = State.FAILED;
            }
        }

        State state() {
            return state;
        }

        long rows() {
            return rows.get();
        }

        Path file() {
            return file;
        }

        Exception error() {
            return error;
        }

        /** Stops waiting for the export and deletes its file (now, or when it finishes). */
        void discard() {
            discarded = true;
            if (future != null && state == State.QUEUED) {
                future.cancel(false);
            }
            Path done = file;
            file = null;
            delete(done);
        }

        private static void delete(Path path) {
            if (path != null) {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    log.warn("Could not delete export file {}", path, e);
                }
            }
        }
    }
}
