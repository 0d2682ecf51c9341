package org.zhaoshang.crm.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Reads a ledger on a second thread while the caller writes it: decoding 100,000 rows from the database costs about
 * as much as writing them into a sheet, and on two cores the two overlap instead of adding up. Rows travel in
 * batches through a short queue, so at most a few thousand are in memory; the reader runs as the caller (same
 * security context). A failure on either side stops both and reaches the caller.
 *
 * <p>{@link #start} sets the reader going at once, so the query runs while the caller is still setting up its
 * document; {@link #close} stops a reader whose rows are no longer wanted.
 */
final class RowPipe implements LedgerWorkbook.Rows, AutoCloseable {

    private static final int BATCH = 500;
    private static final int QUEUED_BATCHES = 8;

    private final BlockingQueue<List<LedgerRow>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private final List<LedgerRow> end = new ArrayList<>(0);
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    private RowPipe() {
    }

    /** Starts reading {@code source} on a thread of its own; the rows wait in the pipe for {@link #each}. */
    static RowPipe start(LedgerWorkbook.Rows source) {
        RowPipe pipe = new RowPipe();
        Thread.ofPlatform().name("ledger-rows").daemon(true).start(new DelegatingSecurityContextRunnable(() -> pipe.read(source)));
        return pipe;
    }

    /** Reads {@code source} on a second thread and hands every row to {@code sink} on this one. */
    static void run(LedgerWorkbook.Rows source, Consumer<LedgerRow> sink) {
        try (RowPipe pipe = start(source)) {
            pipe.each(sink);
        }
    }

    /** Hands every row, in order, to {@code sink}; throws what the reader failed with. */
    @Override
    public void each(Consumer<LedgerRow> sink) {
        try {
            for (List<LedgerRow> rows = take(); rows != end; rows = take()) {
                rows.forEach(sink);
            }
        } finally {
            close();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** Stops the reader (it gives up at its next batch) and drops what it had queued. */
    @Override
    public void close() {
        stop.set(true);
        queue.clear();
    }

    private void read(LedgerWorkbook.Rows source) {
        List<List<LedgerRow>> batch = new ArrayList<>(List.of(new ArrayList<>(BATCH)));
        try {
            source.each(row -> {
                batch.getFirst().add(row);
                if (batch.getFirst().size() == BATCH) {
                    put(batch.getFirst());
                    batch.set(0, new ArrayList<>(BATCH));
                }
            });
            put(batch.getFirst());
        } catch (CancellationException writerGaveUp) {
            return;
        } catch (RuntimeException e) {
            failure.set(e);
        }
        put(end);
    }

    private void put(List<LedgerRow> rows) {
        try {
            while (!queue.offer(rows, 100, TimeUnit.MILLISECONDS)) {
                if (stop.get()) {
                    throw new CancellationException("the writer stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    private List<LedgerRow> take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for rows");
        }
    }
}
