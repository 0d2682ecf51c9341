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
 */
final class RowPipe {

    private static final int BATCH = 500;
    private static final int QUEUED_BATCHES = 8;

    private RowPipe() {
    }

    static void run(LedgerWorkbook.Rows source, Consumer<LedgerRow> sink) {
        BlockingQueue<List<LedgerRow>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
        List<LedgerRow> end = new ArrayList<>(0);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Runnable read = () -> {
            List<List<LedgerRow>> batch = new ArrayList<>(List.of(new ArrayList<>(BATCH)));
            try {
                source.each(row -> {
                    batch.getFirst().add(row);
                    if (batch.getFirst().size() == BATCH) {
                        put(queue, batch.getFirst(), stop);
                        batch.set(0, new ArrayList<>(BATCH));
                    }
                });
                put(queue, batch.getFirst(), stop);
            } catch (CancellationException writerGaveUp) {
                return;
            } catch (RuntimeException e) {
                failure.set(e);
            }
            put(queue, end, stop);
        };
        Thread.ofPlatform().name("ledger-rows").daemon(true).start(new DelegatingSecurityContextRunnable(read));
        try {
            for (List<LedgerRow> rows = take(queue); rows != end; rows = take(queue)) {
                rows.forEach(sink);
            }
        } finally {
            stop.set(true);
            queue.clear();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private static void put(BlockingQueue<List<LedgerRow>> queue, List<LedgerRow> rows, AtomicBoolean stop) {
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

    private static List<LedgerRow> take(BlockingQueue<List<LedgerRow>> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for rows");
        }
    }
}
