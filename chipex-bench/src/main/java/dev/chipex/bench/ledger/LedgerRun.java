package dev.chipex.bench.ledger;

import dev.chipex.bench.report.BenchReport;
import dev.chipex.bench.report.Figure;
import dev.chipex.bench.report.Machine;
import dev.chipex.bench.report.Ratio;
import dev.chipex.core.ledger.Actor;
import dev.chipex.core.ledger.LedgerRequest;
import dev.chipex.core.ledger.LedgerResult;
import dev.chipex.core.ledger.QuotaLedger;
import dev.chipex.core.quota.QuotaAccount;
import dev.chipex.core.quota.QuotaKind;
import dev.chipex.ledger.Ledgers;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Durable reservations per second through the ledger (each its own journalled, hash-chained,
 * idempotent transaction) beside plain single-row inserts on the same kind of database, with 1
 * and 8 writer threads. Each writer reserves on an account of its own. Ledger and baseline
 * alternate for {@value #ROUNDS} rounds and the best round of each counts.
 */
public final class LedgerRun {
    static final int ROUNDS = 2;
    static final Actor EXPORTER = Actor.exporter("bench");

    private LedgerRun() {
    }

    public static BenchReport run(boolean quick, PrintStream progress) {
        Machine before = Machine.now();
        Duration slice = quick ? Duration.ofMillis(300) : Duration.ofSeconds(5);
        List<Figure> figures = new ArrayList<>();
        List<Ratio> ratios = new ArrayList<>();
        for (Supplier<BenchDatabase> kind : List.<Supplier<BenchDatabase>>of(BenchDatabase::sqlite, BenchDatabase::postgres)) {
            try (BenchDatabase ledgerDb = kind.get(); BenchDatabase plainDb = kind.get();
                 QuotaLedger ledger = Ledgers.open(ledgerDb.url())) {
                openAccounts(ledger);
                for (int threads : new int[] {1, 8}) {
                    double reservations = 0;
                    double inserts = 0;
                    for (int round = 1; round <= (quick ? 1 : ROUNDS); round++) {
                        progress.printf("%s, %d thread(s), round %d: ledger reservations, then plain inserts%n",
                                ledgerDb.name(), threads, round);
                        String prefix = "r" + round + "t" + threads + "-";
                        reservations = Math.max(reservations, Throughput.perSecond(threads, slice,
                                (thread, n) -> reserve(ledger, prefix + thread + "-" + n, thread)));
                        try (PlainInserts plain = new PlainInserts(plainDb.url(), threads)) {
                            inserts = Math.max(inserts, Throughput.perSecond(threads, slice,
                                    (thread, n) -> plain.insert(prefix + thread + "-" + n, thread, 1_000)));
                        }
                    }
                    String label = ledgerDb.name() + ", " + threads + (threads == 1 ? " thread" : " threads");
                    figures.add(Figure.of(label + ": ledger reservations", reservations, "ops/s"));
                    figures.add(Figure.of(label + ": plain inserts (baseline)", inserts, "ops/s"));
                    ratios.add(new Ratio(label, reservations / inserts, "reservations/s over inserts/s", 0.5, false));
                }
                if (!ledger.verify().passed()) {
                    throw new IllegalStateException("the ledger's audit failed after the benchmark: " + ledger.verify());
                }
            } catch (SQLException e) {
                throw new IllegalStateException("the plain-insert baseline failed: " + e.getMessage(), e);
            }
        }
        return new BenchReport("ledger", Instant.now().toString(), quick, before,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), figures, ratios,
                List.of("a reservation: one ledger transaction (chain-head lock, idempotency record, expiry sweep, "
                                + "reservation row, account row, hash-chained journal row), committed durably",
                        "SQLite: WAL, synchronous=FULL on both sides; PostgreSQL: server defaults on both sides",
                        "best of " + (quick ? 1 : ROUNDS) + " alternating rounds of " + slice.toMillis() + " ms",
                        "the audit (ledger verify) passes after the run"));
    }

    private static void openAccounts(QuotaLedger ledger) {
        for (int thread = 0; thread < 8; thread++) {
            LedgerResult opened = ledger.openAccount(LedgerRequest.of("open-" + thread, Actor.regulator("bench")),
                    account(thread), Long.MAX_VALUE / 4, "benchmark account");
            if (!opened.isRecorded()) {
                throw new IllegalStateException("cannot open the benchmark account: " + opened);
            }
        }
    }

    private static void reserve(QuotaLedger ledger, String key, int thread) {
        LedgerResult result = ledger.reserve(LedgerRequest.of(key, EXPORTER), account(thread), 1_000,
                Instant.now().plus(1, ChronoUnit.DAYS));
        if (!result.isRecorded()) {
            throw new IllegalStateException("reservation refused: " + result);
        }
    }

    static QuotaAccount account(int thread) {
        return new QuotaAccount(QuotaKind.CONSIGNEE_YEAR, "bench-" + thread, "2026");
    }
}
