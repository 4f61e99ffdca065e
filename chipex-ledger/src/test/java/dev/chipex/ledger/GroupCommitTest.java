package dev.chipex.ledger;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The queue of {@link GroupCommit} without a database: writes that arrive while a batch runs go
 * together in the next one, each caller gets its own answer, and a runner that fails answers
 * every write of its batch with the failure. The runner answers each write with its key.
 */
class GroupCommitTest {
    static final int LATECOMERS = 5;

    private final List<List<String>> batches = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstBatchMayFinish = new CountDownLatch(1);
    private final CountDownLatch firstBatchStarted = new CountDownLatch(1);

    private void runAndAnswerWithKeys(List<QueuedWrite<?>> batch) {
        List<String> keys = batch.stream().map(w -> w.idempotencyKey().orElseThrow()).toList();
        batches.add(keys);
        if (batches.size() == 1) {
            firstBatchStarted.countDown();
            await(firstBatchMayFinish);
        }
        if (keys.contains("broken")) {
            throw new IllegalStateException("the database went away");
        }
        batch.forEach(w -> w.succeed("answer to " + w.idempotencyKey().orElseThrow()));
    }

    @Test
    void writesArrivingWhileABatchRuns_goTogetherInTheNextBatch_andEachCallerGetsItsOwnAnswer() throws Exception {
        GroupCommit queue = new GroupCommit(this::runAndAnswerWithKeys);
        ExecutorService callers = Executors.newFixedThreadPool(1 + LATECOMERS);
        try {
            Future<String> first = callers.submit(() -> queue.submit(Optional.of("first"), Set.of(), s -> "unused"));
            firstBatchStarted.await(1, TimeUnit.MINUTES);
            List<Future<String>> late = new ArrayList<>();
            for (int i = 0; i < LATECOMERS; i++) {
                String key = "late-" + i;
                late.add(callers.submit(() -> queue.submit(Optional.of(key), Set.of(), s -> "unused")));
            }
            awaitWaiting(queue, LATECOMERS);
            firstBatchMayFinish.countDown();

            assertThat(first.get(1, TimeUnit.MINUTES)).isEqualTo("answer to first");
            for (int i = 0; i < LATECOMERS; i++) {
                assertThat(late.get(i).get(1, TimeUnit.MINUTES)).isEqualTo("answer to late-" + i);
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(batches).hasSize(2);
        assertThat(batches.get(0)).containsExactly("first");
        assertThat(batches.get(1)).containsExactlyInAnyOrder("late-0", "late-1", "late-2", "late-3", "late-4");
        assertThat(queue.waiting()).isZero();
    }

    @Test
    void runnerFailing_answersEveryWriteOfItsBatchWithTheFailure_andTheNextBatchStillRuns() throws Exception {
        GroupCommit queue = new GroupCommit(this::runAndAnswerWithKeys);
        firstBatchMayFinish.countDown();
        assertThatThrownBy(() -> queue.submit(Optional.of("broken"), Set.of(), s -> "unused"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("went away");
        assertThat(CompletableFuture.supplyAsync(() -> queue.submit(Optional.of("after"), Set.of(), s -> "unused"))
                .get(1, TimeUnit.MINUTES)).isEqualTo("answer to after");
    }

    private static void awaitWaiting(GroupCommit queue, int count) throws InterruptedException {
        for (int polls = 0; queue.waiting() < count; polls++) {
            assertThat(polls).as("writes queued behind the running batch").isLessThan(60_000);
            Thread.sleep(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(1, TimeUnit.MINUTES)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
