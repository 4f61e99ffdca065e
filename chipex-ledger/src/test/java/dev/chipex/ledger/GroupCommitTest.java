package dev.chipex.ledger;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
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
 * every write of its batch with the failure. Each write's work names it; the runner answers the
 * write with that name.
 */
class GroupCommitTest {
    static final int LATECOMERS = 5;

    private final List<List<String>> batches = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstBatchMayFinish = new CountDownLatch(1);
    private final CountDownLatch firstBatchStarted = new CountDownLatch(1);

    private void runAndAnswerWithNames(List<QueuedWrite<?>> batch) {
        // no database here: the work only names its write
        List<String> names = batch.stream().map(w -> (String) w.run(null)).toList();
        batches.add(names);
        if (batches.size() == 1) {
            firstBatchStarted.countDown();
            await(firstBatchMayFinish);
        }
        if (names.contains("broken")) {
            throw new IllegalStateException("the database went away");
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).succeed("answer to " + names.get(i));
        }
    }

    @Test
    void writesArrivingWhileABatchRuns_goTogetherInTheNextBatch_andEachCallerGetsItsOwnAnswer() throws Exception {
        GroupCommit queue = new GroupCommit(this::runAndAnswerWithNames);
        ExecutorService callers = Executors.newFixedThreadPool(1 + LATECOMERS);
        try {
            Future<String> first = callers.submit(() -> queue.submit(s -> "first"));
            firstBatchStarted.await(1, TimeUnit.MINUTES);
            List<Future<String>> late = new ArrayList<>();
            for (int i = 0; i < LATECOMERS; i++) {
                String name = "late-" + i;
                late.add(callers.submit(() -> queue.submit(s -> name)));
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
        GroupCommit queue = new GroupCommit(this::runAndAnswerWithNames);
        firstBatchMayFinish.countDown();
        assertThatThrownBy(() -> queue.submit(s -> "broken"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("went away");
        assertThat(CompletableFuture.supplyAsync(() -> queue.submit(s -> "after"))
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
