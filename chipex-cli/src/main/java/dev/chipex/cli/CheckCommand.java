package dev.chipex.cli;

import dev.chipex.cli.batch.CheckedBatch;
import dev.chipex.cli.output.OutputFormat;
import dev.chipex.cli.output.Text;
import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.ledger.QuotaLedger;
import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.quota.InMemoryQuotaBook;
import dev.chipex.core.regime.RegimeCatalog;
import dev.chipex.core.shipment.ShipmentReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;

/** {@code chipex check}: one shipment from flags, or a batch from a file, decided under a regime. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {
                "Decides whether a shipment needs a license under a regime on a date: the outcome (NLR, EXCEPTION, "
                        + "AUTHORIZED or LICENSE_REQUIRED with a review policy), the rule and its citation, the quota it "
                        + "uses with the balances, an explanation and the trace of every rule consulted.",
                "",
                "One shipment: give --item, --quantity, --destination, --consignee and --consignee-hq (countries as "
                        + "codes or names). A single check counts no earlier shipments against the quotas. In table "
                        + "output a LICENSE_REQUIRED answer also lists what would change it (a smaller quantity, VEU "
                        + "status, an agreement, other regimes); --what-if asks for that always, --no-what-if never.",
                "",
                "A batch: --input FILE (CSV with a header row, or JSON lines; - reads standard input) with columns "
                        + "id, date, item, quantity, destination, consignee, consignee_hq and optional veu, parent_hq, "
                        + "end_use, chips_per_unit, kind (chips or model-weights), training_ops, open_weights (an h100e "
                        + "column is ignored). Every row is checked first; if any is wrong, every problem is reported "
                        + "(file, line, row, column, fix), exit code 2, and nothing is decided. Rows are then decided in "
                        + "date order (ties keep file order) against one quota book, so later shipments see what earlier "
                        + "ones used; output keeps the file's order. jsonl and csv are read and written row by row, in "
                        + "memory bounded whatever the file's size (a file out of date order is sorted on disk, which "
                        + "needs temporary space about the size of the output); table and json open with figures of the "
                        + "whole batch and hold it in memory: use jsonl or csv for large files.",
                "",
                "JSON per shipment: id, outcome, exception, policy, control (the deciding rule), citation, "
                        + "explanation, debits; then regime, date, requirement, item, tiers, parameters, shortfall, "
                        + "duties, verify, trace (and alternatives with --what-if)."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  chipex check --regime ai-diffusion-2025 --date 2025-06-01 --item H100 --quantity 1000 \\",
                "        --destination IN --consignee \"Acme Cloud\" --consignee-hq IN",
                "  chipex check --regime ai-diffusion-2025 --date 2025-06-01 --model-weights --training-ops 3e26 \\",
                "        --destination AE --consignee \"Gulf AI\" --consignee-hq AE --format json",
                "  chipex check --regime ai-diffusion-2025 --input examples/shipments.csv",
                "  chipex check --regime my-reform --regime-file reform.yaml --input shipments.jsonl --format jsonl"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every shipment was decided, whatever the outcomes",
                "2:invalid input: a flag, a row or a column is wrong (every problem is listed; nothing was decided)",
                "3:only unknown names: a regime, chip or country chipex does not know (with suggestions)",
                "4:--commit: the ledger refused to record a shipment's debits (e.g. its key was used for another request)"})
final class CheckCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--regime", defaultValue = "us-enforced", paramLabel = "ID", order = 1,
            description = "The regime to decide under ('chipex regimes list'). Default: ${DEFAULT-VALUE}, what US "
                    + "authorities enforce; every answer states the regime's status on the date.")
    String regime;

    @Mixin
    RegimeFiles regimeFiles;

    @Mixin
    ShipmentFlags shipment;

    @Option(names = "--input", paramLabel = "FILE", order = 30,
            description = "Decide a batch from a CSV or JSON-lines file (- for standard input) instead of the flags above.")
    String input;

    @Option(names = "--assume-approvals", negatable = true, defaultValue = "true", fallbackValue = "true", order = 31,
            description = "Batch: count a license under a presumption of approval as granted, so it draws on the "
                    + "destination's allocation and later shipments there see less room (the rule's intent). "
                    + "--no-assume-approvals leaves allocations untouched. Default: true.")
    boolean assumeApprovals;

    @Option(names = "--progress", order = 32,
            description = "Batch: report progress on stderr every 100,000 rows (on by default in a terminal).")
    boolean progress;

    @Option(names = "--what-if", negatable = true, order = 33,
            description = "Single check: list what would change the outcome (default: only for LICENSE_REQUIRED in table output).")
    Boolean whatIf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", order = 34,
            description = "table, json, jsonl or csv. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Option(names = "--width", paramLabel = "COLS", order = 35,
            description = "Wrap table text to this width (80-100). Default: $COLUMNS within 80-100, else 80.")
    Integer width;

    @Mixin
    LedgerLink ledger;

    @Override
    public Integer call() {
        RegimeCatalog catalog = regimeFiles.catalog();
        DecisionEngine engine = DecisionEngine.of(catalog.get(regime));
        PrintWriter out = spec.commandLine().getOut();
        int columns = width == null ? Text.terminalWidth(System.getenv("COLUMNS")) : Text.terminalWidth(width.toString());
        int exit = input == null ? new SingleCheck(catalog, engine, format, whatIf, columns).run(shipment, ledger, out)
                : batch(catalog, engine, out, columns);
        out.flush();
        return exit;
    }

    private int batch(RegimeCatalog catalog, DecisionEngine engine, PrintWriter out, int columns) {
        if (shipment.given() || whatIf != null) {
            throw InvalidInputException.of("--input", "a batch takes its shipments from the file only; leave out the "
                    + "shipment flags (--item, --quantity, --destination, ...) and --what-if, or leave out --input");
        }
        Progress steps = new Progress(spec.commandLine().getErr(), progress || System.console() != null);
        try (CheckedBatch batch = CheckedBatch.check(input, System.in, ShipmentReader.of(catalog),
                count -> steps.step("read", count))) {
            if (!ledger.given()) {
                return decideInMemory(engine, new InMemoryQuotaBook(), batch, steps, columns, out);
            }
            try (QuotaLedger open = ledger.open()) {
                DecisionEngine withAgreements = LedgerLink.withRecordedAgreements(engine, open);
                if (!ledger.commit) {
                    return decideInMemory(withAgreements, new InMemoryQuotaBook(open), batch, steps, columns, out);
                }
                return new BatchCommit(withAgreements, ledger, open, steps).run(batch.transactions(), columns, format,
                        out);
            }
        }
    }

    /** Decides the batch in date order on {@code book}, recording nothing durably. */
    private int decideInMemory(DecisionEngine engine, InMemoryQuotaBook book, CheckedBatch batch, Progress steps,
                               int columns, PrintWriter out) {
        new BatchCheck(engine, assumeApprovals, columns).run(batch, book, format, out, count -> steps.step("decided", count));
        return ExitCodes.OK;
    }
}
