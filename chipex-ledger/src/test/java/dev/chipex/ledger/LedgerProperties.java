package dev.chipex.ledger;

import dev.chipex.core.ledger.AccountBalance;
import dev.chipex.core.ledger.Actor;
import dev.chipex.core.ledger.Adjustment;
import dev.chipex.core.ledger.InMemoryQuotaLedger;
import dev.chipex.core.ledger.LedgerAudit;
import dev.chipex.core.ledger.LedgerRequest;
import dev.chipex.core.ledger.LedgerResult;
import dev.chipex.core.ledger.QuotaLedger;
import dev.chipex.core.quota.QuotaAccount;
import dev.chipex.core.quota.QuotaKind;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random interleavings of reserve, commit, release, adjust, the passing of time and replays of
 * earlier requests: after every step no account is overdrawn, the journal re-derives the stored
 * state and verifies, and a replayed request changes nothing.
 */
class LedgerProperties {
    static final QuotaAccount ACCOUNT = new QuotaAccount(QuotaKind.COUNTRY_ALLOCATION, "IN", "2025-2027");

    /** One step: what it does to the ledger, given the reservation ids made so far. */
    record Step(String name, int pick, long amount) {
    }

    @Property(tries = 200)
    void inMemoryLedger_randomInterleavings_keepTheInvariants(@ForAll("steps") List<Step> steps) {
        MutableClock clock = new MutableClock(Instant.parse("2025-06-01T00:00:00Z"));
        try (QuotaLedger ledger = new InMemoryQuotaLedger(clock)) {
            play(ledger, clock, steps);
        }
    }

    @Property(tries = 20)
    void sqliteLedger_randomInterleavings_keepTheInvariants(@ForAll("steps") List<Step> steps) throws IOException {
        Path folder = Files.createTempDirectory("chipex-ledger-property");
        MutableClock clock = new MutableClock(Instant.parse("2025-06-01T00:00:00Z"));
        try (QuotaLedger ledger = Ledgers.open(folder.resolve("ledger.db").toString(), clock)) {
            play(ledger, clock, steps);
        } finally {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Arbitraries.of("reserve", "reserve", "commit", "release", "adjust-capacity",
                "adjust-use", "advance", "replay").flatMap(name -> Arbitraries.integers().between(0, 50)
                .flatMap(pick -> Arbitraries.longs().between(-3_000, 6_000).map(amount -> new Step(name, pick, amount))));
        return step.list().ofMaxSize(25);
    }

    private static void play(QuotaLedger ledger, MutableClock clock, List<Step> steps) {
        Actor exporter = Actor.exporter("acme");
        Actor regulator = Actor.regulator("bis");
        ledger.openAccount(LedgerRequest.of("open", regulator), ACCOUNT, 10_000, "allocation");
        List<String> reservations = new ArrayList<>();
        List<Function<LedgerRequest, LedgerResult>> done = new ArrayList<>();
        List<LedgerRequest> doneRequests = new ArrayList<>();
        List<LedgerResult> doneResults = new ArrayList<>();
        int n = 0;
        for (Step step : steps) {
            String reservation = reservations.isEmpty() ? "res-none" : reservations.get(step.pick() % reservations.size());
            long amount = Math.abs(step.amount()) + 1;
            Function<LedgerRequest, LedgerResult> action = switch (step.name()) {
                case "reserve" -> r -> ledger.reserve(r, ACCOUNT, amount, clock.instant().plus(Duration.ofMinutes(30)));
                case "commit" -> r -> ledger.commit(r, reservation);
                case "release" -> r -> ledger.release(r, reservation);
                case "adjust-capacity" -> r -> ledger.adjust(r, ACCOUNT,
                        new Adjustment(Adjustment.Target.CAPACITY, step.amount() == 0 ? 1 : step.amount(), "test"));
                case "adjust-use" -> r -> ledger.adjust(r, ACCOUNT,
                        new Adjustment(Adjustment.Target.USE, step.amount() == 0 ? 1 : step.amount(), "test"));
                default -> null;
            };
            if (step.name().equals("advance")) {
                clock.advance(Duration.ofMinutes(step.pick()));
            } else if (step.name().equals("replay")) {
                if (!done.isEmpty()) {
                    int i = step.pick() % done.size();
                    long headBefore = ledger.verify().head().sequence();
                    LedgerResult again = done.get(i).apply(doneRequests.get(i));
                    assertThat(again).isInstanceOf(LedgerResult.Recorded.class);
                    assertThat(((LedgerResult.Recorded) again).replayed()).isTrue();
                    assertThat(((LedgerResult.Recorded) again).entries())
                            .isEqualTo(((LedgerResult.Recorded) doneResults.get(i)).entries());
                    assertThat(ledger.verify().head().sequence()).isEqualTo(headBefore);
                }
            } else {
                LedgerRequest request = LedgerRequest.of("step-" + n++, step.name().startsWith("adjust") ? regulator : exporter);
                LedgerResult result = action.apply(request);
                if (result instanceof LedgerResult.Recorded recorded) {
                    recorded.reservationId().filter(id -> step.name().equals("reserve")).ifPresent(reservations::add);
                    done.add(action);
                    doneRequests.add(request);
                    doneResults.add(result);
                }
            }
            assertInvariants(ledger);
        }
    }

    private static void assertInvariants(QuotaLedger ledger) {
        LedgerAudit audit = ledger.verify();
        assertThat(audit.findings()).isEmpty();
        AccountBalance balance = ledger.balance(ACCOUNT).orElseThrow();
        assertThat(balance.availableTpp()).isNotNegative();
        assertThat(balance.committedTpp()).isNotNegative();
        assertThat(balance.reservedTpp()).isNotNegative();
        assertThat(ledger.usedTpp(ACCOUNT)).isBetween(0L, balance.usedTpp());
    }
}
