package dev.chipex.bench.ledger;

import dev.chipex.bench.report.BenchReport;
import dev.chipex.bench.report.Budget;
import dev.chipex.bench.report.Figure;
import dev.chipex.bench.report.Machine;
import dev.chipex.core.ledger.AccountBalance;
import dev.chipex.core.ledger.Actor;
import dev.chipex.core.ledger.LedgerRequest;
import dev.chipex.core.ledger.LedgerResult;
import dev.chipex.core.ledger.QuotaLedger;
import dev.chipex.core.ledger.Refusal;
import dev.chipex.core.quota.QuotaAccount;
import dev.chipex.core.quota.QuotaKind;
import dev.chipex.ledger.Ledgers;

import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Durable reservations through the ledger (each its own journalled, hash-chained, idempotent
 * transaction, committed before the call returns) by 1 and by 8 writer threads on one account,
 * beside plain single-row inserts by as many threads on the same kind of database, on SQLite and
 * on PostgreSQL. Ledger and baseline alternate for {@value #ROUNDS} rounds, pooled. Then 8
 * writers race for an account with room for {@value #RACE_ROOM} reservations, and the run fails
 * unless exactly that many were recorded, none past the room, and the audit passes.
 */
public final class LedgerRun {
    static final int ROUNDS = 2;
    static final int RACE_ROOM = 400;
    static final long AMOUNT = 1_000;
    static final Actor EXPORTER = Actor.exporter("bench");
    static final Actor REGULATOR = Actor.regulator("bench");

    private LedgerRun() {
    }

    public static BenchReport run(boolean quick, PrintStream progress) {
        Machine before = Machine.now();
        Duration slice = quick ? Duration.ofMillis(300) : Duration.ofSeconds(5);
        List<Budget> budgets = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        for (Supplier<BenchDatabase> kind : List.<Supplier<BenchDatabase>>of(BenchDatabase::sqlite, BenchDatabase::postgres)) {
            try (BenchDatabase ledgerDb = kind.get(); BenchDatabase plainDb = kind.get();
                 QuotaLedger ledger = Ledgers.open(ledgerDb.url())) {
                for (int writers : new int[] {1, 8}) {
                    QuotaAccount account = open(ledger, "writers-" + writers, Long.MAX_VALUE / 4);
                    Writers.Sample reservations = null;
                    Writers.Sample inserts = null;
                    for (int round = 1; round <= (quick ? 1 : ROUNDS); round++) {
                        progress.printf("%s, %d writer(s), round %d: ledger reservations, then plain inserts%n",
                                ledgerDb.name(), writers, round);
                        String prefix = "r" + round + "w" + writers + "-";
                        Writers.Sample r = Writers.run(writers, slice,
                                (thread, n) -> reserve(ledger, prefix + thread + "-" + n, account));
                        reservations = reservations == null ? r : reservations.and(r);
                        try (PlainInserts plain = new PlainInserts(plainDb.url(), writers)) {
                            Writers.Sample i = Writers.run(writers, slice,
                                    (thread, n) -> plain.insert(prefix + thread + "-" + n, thread, AMOUNT));
                            inserts = inserts == null ? i : inserts.and(i);
                        }
                    }
                    expectReserved(ledger, account, reservations.writes() * AMOUNT);
                    String label = ledgerDb.name() + ", " + writers + (writers == 1 ? " writer" : " writers");
                    budgets.add(new Budget("ledger, " + label,
                            "at least 200 durable reservations a second per writer, p99 under 50 ms",
                            figure("reservations a second per writer", reservations),
                            figure("plain inserts a second per writer", inserts),
                            reservations.perWriter() >= 200 && reservations.p99Millis() < 50));
                }
                progress.printf("%s: 8 writers racing for room for %d reservations%n", ledgerDb.name(), RACE_ROOM);
                figures.add(race(ledger, ledgerDb.name()));
                if (!ledger.verify().passed()) {
                    throw new IllegalStateException("the ledger's audit failed after the benchmark: " + ledger.verify());
                }
            } catch (SQLException e) {
                throw new IllegalStateException("the plain-insert baseline failed: " + e.getMessage(), e);
            }
        }
        return BenchReport.of("ledger", quick, before, budgets, figures, List.of(
                "a reservation: QuotaLedger.reserve of " + AMOUNT + " TPP, one ledger transaction committed durably; "
                        + "all writers on one account",
                "baseline: one single-row INSERT per transaction through plain JDBC, auto-commit, a connection per writer, "
                        + "a separate database of the same kind",
                "SQLite: WAL, synchronous=FULL on both sides; PostgreSQL: server defaults (fsync, synchronous_commit on) "
                        + "on both sides",
                (quick ? 1 : ROUNDS) + " alternating rounds of " + slice.toMillis() + " ms, pooled; p99 over every write",
                "after each timed run the account's reserved quota equals the reservations counted; the audit "
                        + "(ledger verify) passes after the run"));
    }

    private static Figure figure(String name, Writers.Sample sample) {
        return new Figure(name, sample.perWriter(), "/s", String.format(Locale.ROOT, "p99 %.1f ms; %,.0f a second in all; %,d writes",
                sample.p99Millis(), sample.writes() / sample.seconds(), sample.writes()));
    }

    /**
     * Eight writers reserve on one account until it refuses them; exactly {@value #RACE_ROOM}
     * reservations fit, so any other count, or a balance past the capacity, is an overdraft or a
     * lost write, and fails the run.
     */
    private static Figure race(QuotaLedger ledger, String database) {
        QuotaAccount account = open(ledger, "race", RACE_ROOM * AMOUNT);
        int writers = 8;
        long[] recorded = new long[writers];
        List<Thread> threads = new ArrayList<>();
        List<RuntimeException> failures = Collections.synchronizedList(new ArrayList<>());
        long began = System.nanoTime();
        for (int t = 0; t < writers; t++) {
            int thread = t;
            Thread racer = new Thread(() -> {
                try {
                    for (long n = 0; ; n++) {
                        LedgerResult result = ledger.reserve(LedgerRequest.of("race-" + thread + "-" + n, EXPORTER),
                                account, AMOUNT, Instant.now().plus(1, ChronoUnit.DAYS));
                        if (result instanceof LedgerResult.Refused refused) {
                            if (refused.refusal() != Refusal.INSUFFICIENT_QUOTA) {
                                throw new IllegalStateException("refused for another reason: " + refused);
                            }
                            break;
                        }
                        recorded[thread]++;
                    }
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }, "bench-racer-" + t);
            racer.start();
            threads.add(racer);
        }
        for (Thread racer : threads) {
            try {
                racer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        if (!failures.isEmpty()) {
            throw new IllegalStateException("a racer failed: " + failures.get(0).getMessage(), failures.get(0));
        }
        long total = Arrays.stream(recorded).sum();
        if (total != RACE_ROOM) {
            throw new IllegalStateException(database + ": " + total + " reservations recorded on an account with room for "
                    + RACE_ROOM + (total > RACE_ROOM ? " (overdrawn)" : " (refused while there was room)"));
        }
        expectReserved(ledger, account, RACE_ROOM * AMOUNT);
        return new Figure(database + ", 8 writers racing for room for " + RACE_ROOM + " reservations: recorded", total,
                "reservations", String.format(Locale.ROOT, "then refused; none past the room, nothing lost; %.1f s", seconds));
    }

    private static void expectReserved(QuotaLedger ledger, QuotaAccount account, long tpp) {
        AccountBalance balance = ledger.balance(account).orElseThrow();
        if (balance.reservedTpp() != tpp || balance.usedTpp() > balance.capacityTpp()) {
            throw new IllegalStateException(account + ": " + balance.reservedTpp() + " TPP reserved, expected " + tpp
                    + " (capacity " + balance.capacityTpp() + ")");
        }
    }

    private static QuotaAccount open(QuotaLedger ledger, String holder, long capacity) {
        QuotaAccount account = new QuotaAccount(QuotaKind.CONSIGNEE_YEAR, "bench-" + holder, "2026");
        LedgerResult opened = ledger.openAccount(LedgerRequest.of("open-" + holder, REGULATOR), account, capacity,
                "benchmark account");
        if (!opened.isRecorded()) {
            throw new IllegalStateException("cannot open the benchmark account: " + opened);
        }
        return account;
    }

    private static void reserve(QuotaLedger ledger, String key, QuotaAccount account) {
        LedgerResult result = ledger.reserve(LedgerRequest.of(key, EXPORTER), account, AMOUNT,
                Instant.now().plus(1, ChronoUnit.DAYS));
        if (!result.isRecorded()) {
            throw new IllegalStateException("reservation refused: " + result);
        }
    }
}
