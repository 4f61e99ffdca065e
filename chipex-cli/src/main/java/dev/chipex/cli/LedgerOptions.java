package dev.chipex.cli;

import dev.chipex.cli.output.OutputFormat;
import dev.chipex.core.item.Classifier;
import dev.chipex.core.ledger.AccountBalance;
import dev.chipex.core.ledger.EntryType;
import dev.chipex.core.ledger.JournalEntry;
import dev.chipex.core.ledger.LedgerResult;
import dev.chipex.core.ledger.QuotaLedger;
import dev.chipex.core.ledger.Refusal;
import dev.chipex.ledger.Ledgers;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The options every ledger command shares, and how each prints what the ledger answered. */
final class LedgerOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--ledger", paramLabel = "PATH|URL", scope = ScopeType.INHERIT,
            description = {"The ledger: a SQLite file (created on first use), jdbc:sqlite:PATH,",
                    "jdbc:postgresql://HOST:PORT/DB?user=NAME, or memory:. Default: $CHIPEX_LEDGER,",
                    "else ~/.chipex/ledger.db."})
    String ledger;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", scope = ScopeType.INHERIT,
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    QuotaLedger open() {
        return Ledgers.open(location());
    }

    String location() {
        return ledger != null ? ledger : Ledgers.defaultLocation(System.getenv());
    }

    void print(List<Map<String, Object>> rows, boolean single) {
        LedgerOutput.print(spec.commandLine().getOut(), format, rows, single);
    }

    /** Prints the entries a request wrote, or says why it was refused; returns the exit code. */
    int report(LedgerResult result) {
        if (result instanceof LedgerResult.Refused refused) {
            spec.commandLine().getErr().println("chipex: refused (" + refused.refusal() + "): " + refused.message());
            spec.commandLine().getErr().println("idempotency key: " + refused.idempotencyKey());
            return refused.refusal().category() == Refusal.Category.NOT_FOUND ? ExitCodes.NOT_FOUND : ExitCodes.CONFLICT;
        }
        LedgerResult.Recorded recorded = (LedgerResult.Recorded) result;
        print(recorded.entries().stream().map(e -> entryRow(e, recorded)).collect(Collectors.toList()), false);
        return ExitCodes.OK;
    }

    static Map<String, Object> entryRow(JournalEntry e, LedgerResult.Recorded recorded) {
        Map<String, Object> row = entryRow(e);
        row.put("replayed", recorded.replayed());
        return row;
    }

    static Map<String, Object> entryRow(JournalEntry e) {
        // A fleet position has no capacity: after an installation what matters is the compute installed there.
        boolean fleet = e.type() == EntryType.COMPUTE_INSTALLED;
        return LedgerOutput.row("seq", e.sequence(), "type", e.type().name(), "account", e.accountId(),
                "amountTpp", e.amountTpp(), "reservation", e.reservationId() == null ? "" : e.reservationId(),
                "availableAfterTpp", fleet ? "" : e.availableAfterTpp(),
                "availableAfterH100e", fleet ? "" : h100e(e.availableAfterTpp()),
                "installedAfterTpp", fleet ? e.committedAfterTpp() : "",
                "actor", e.actor(), "recordedAt", e.recordedAt().toString(), "idempotencyKey", e.idempotencyKey());
    }

    static Map<String, Object> balanceRow(AccountBalance b) {
        return LedgerOutput.row("account", b.account().id(), "capacityTpp", b.capacityTpp(),
                "committedTpp", b.committedTpp(), "reservedTpp", b.reservedTpp(), "availableTpp", b.availableTpp(),
                "availableH100e", h100e(b.availableTpp()));
    }

    /** H100-equivalents, one decimal (REGULATION.md §6.2: one H100e is 15,832 TPP). */
    static BigDecimal h100e(long tpp) {
        return BigDecimal.valueOf(tpp).divide(BigDecimal.valueOf(Classifier.bundled().h100eTpp()), 1,
                RoundingMode.HALF_EVEN);
    }
}
