package org.zhaoshang.crm.ledger.importing.ui;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.base.BusinessException;

/**
 * Runs reading, checking and writing of ledgers off the request thread, so a long file shows progress and the
 * screen stays usable. Two at a time (the servers have two cores), a short queue beyond that; each task runs as
 * the user who started it, so the services' access rules apply as they would on the request thread.
 */
@Component
class ImportJobs {

    private final ExecutorService executor;

    ImportJobs() {
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(20), runnable -> {
            Thread thread = new Thread(runnable, "ledger-import-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    <T> CompletableFuture<T> submit(Supplier<T> work) {
        SecurityContext context = SecurityContextHolder.getContext();
        try {
            return CompletableFuture.supplyAsync(() -> {
                SecurityContext previous = SecurityContextHolder.getContext();
                SecurityContextHolder.setContext(context);
                try {
                    return work.get();
                } finally {
                    SecurityContextHolder.setContext(previous);
                }
            }, executor);
        } catch (RejectedExecutionException busy) {
            return CompletableFuture.failedFuture(new BusinessException("ledgerimport.busy"));
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
