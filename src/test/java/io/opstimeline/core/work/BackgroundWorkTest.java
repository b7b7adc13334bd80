package io.opstimeline.core.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BackgroundWorkTest {
    @Test
    void theSameThreadKindHasDoneTheJobWhenSubmitReturns() throws Exception {
        List<String> done = new ArrayList<>();

        CompletableFuture<String> result = BackgroundWork.sameThread().submit(() -> {
            done.add(Thread.currentThread().getName());
            return "read";
        });

        assertThat(done).containsExactly(Thread.currentThread().getName());
        assertThat(result).isCompletedWithValue("read");
    }

    @Test
    void aDaemonRunsJobsInOrderOnItsOwnNamedDaemonThread() throws Exception {
        BackgroundWork loader = BackgroundWork.daemon("test-loader");
        List<String> order = new ArrayList<>();

        loader.submit(() -> sleepThen(order, "first"));
        CompletableFuture<Boolean> second = loader.submit(() -> {
            order.add("second");
            return Thread.currentThread().isDaemon()
                    && Thread.currentThread().getName().equals("test-loader");
        });

        assertThat(second.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(order).containsExactly("first", "second");
    }

    @Test
    void aFailureComesBackThroughTheFutureWithItsCause() {
        CompletableFuture<Object> failed = BackgroundWork.daemons("test-helper").submit(() -> {
            throw new IOException("disk gone");
        });

        assertThatThrownBy(() -> failed.get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasRootCauseInstanceOf(IOException.class)
                .hasRootCauseMessage("disk gone");
    }

    private static void sleepThen(List<String> order, String what) {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        order.add(what);
    }
}
