package org.zhaoshang.crm.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Rows read on one thread and written on another arrive all, in order; a failure on either side ends both. */
class RowPipeTest {

    @Test
    void everyRowArrivesInOrder() {
        List<String> keys = new ArrayList<>();
        RowPipe.run(sink -> {
            for (int i = 0; i < 12_345; i++) {
                sink.accept(new LedgerRow(String.valueOf(i), null, new Object[0]));
            }
        }, row -> keys.add(row.key()));

        assertThat(keys).hasSize(12_345).startsWith("0", "1", "2").endsWith("12344");
    }

    @Test
    void aReadingFailureReachesTheWriter() {
        assertThatThrownBy(() -> RowPipe.run(sink -> {
            sink.accept(new LedgerRow("1", null, new Object[0]));
            throw new IllegalStateException("database gone");
        }, row -> { })).isInstanceOf(IllegalStateException.class).hasMessage("database gone");
    }

    @Test
    void aWritingFailureStopsTheReader() {
        AtomicInteger read = new AtomicInteger();
        AtomicBoolean readerEnded = new AtomicBoolean();
        assertThatThrownBy(() -> RowPipe.run(sink -> {
            try {
                for (int i = 0; i < 10_000_000; i++) {
                    sink.accept(new LedgerRow(String.valueOf(i), null, new Object[0]));
                    read.incrementAndGet();
                }
            } finally {
                readerEnded.set(true);
            }
        }, row -> {
            throw new IllegalStateException("disk full");
        })).hasMessage("disk full");

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).untilTrue(readerEnded);
        assertThat(read.get()).as("the reader gave up long before the end").isLessThan(100_000);
    }
}
