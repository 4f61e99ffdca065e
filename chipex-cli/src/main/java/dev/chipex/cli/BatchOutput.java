package dev.chipex.cli;

import dev.chipex.cli.output.Csv;
import dev.chipex.cli.output.Json;
import dev.chipex.cli.output.Numbers;
import dev.chipex.cli.output.OutputFormat;
import dev.chipex.cli.output.Table;
import dev.chipex.cli.output.Text;
import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.decision.Determination;
import dev.chipex.core.explanation.DeterminationFields;
import dev.chipex.core.explanation.Explainer;
import dev.chipex.core.decision.Item;
import dev.chipex.core.decision.Outcome;
import dev.chipex.core.decision.RegimeDiff;
import dev.chipex.core.decision.Transaction;
import dev.chipex.core.regime.Regime;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A decided batch in the file's order: a table with a count per outcome, JSON, JSON lines or CSV.
 * Public so that the benchmarks time the writing the command really does.
 */
public final class BatchOutput {
    private final Regime regime;
    private final Explainer explainer;
    private final boolean assumeApprovals;
    private final int width;
    private final double h100eTpp;

    /** {@code engine}: the one that decides the batch, whose explainer writes its words. */
    public BatchOutput(DecisionEngine engine, boolean assumeApprovals, int width) {
        this.regime = engine.regime();
        this.explainer = Explainer.of(engine);
        this.h100eTpp = engine.h100eTpp();
        this.assumeApprovals = assumeApprovals;
        this.width = width;
    }

    public void print(PrintWriter out, OutputFormat format, List<Transaction> transactions, List<Determination> decided) {
        switch (format) {
            case JSON:
                Json.write(out, document(decided));
                break;
            case JSONL:
                decided.forEach(d -> Json.line(out, DeterminationFields.of(d, explainer)));
                break;
            case CSV:
                Csv.write(out, DeterminationCsv.HEADER, decided.stream().map(d -> DeterminationCsv.row(d, explainer)).toList());
                break;
            default:
                table(out, transactions, decided);
        }
    }

    /**
     * Whether the format can be written a row at a time (JSON lines, CSV); a table and a JSON
     * document open with figures of the whole batch (column widths, counts per outcome).
     */
    public static boolean writesRowByRow(OutputFormat format) {
        return format == OutputFormat.JSONL || format == OutputFormat.CSV;
    }

    /** What opens the rows of {@link #row}: CSV's header. Only for the formats of {@link #writesRowByRow}. */
    public void header(PrintWriter out, OutputFormat format) {
        if (format == OutputFormat.CSV) {
            Csv.row(out, DeterminationCsv.HEADER);
        } else if (format != OutputFormat.JSONL) {
            throw new IllegalArgumentException(format + " output needs the whole batch: use print");
        }
    }

    /** One determination as {@link #print} writes it, for output written a row at a time. */
    public void row(PrintWriter out, OutputFormat format, Determination d) {
        if (format == OutputFormat.JSONL) {
            Json.line(out, DeterminationFields.of(d, explainer));
        } else if (format == OutputFormat.CSV) {
            Csv.row(out, DeterminationCsv.row(d, explainer));
        } else {
            throw new IllegalArgumentException(format + " output needs the whole batch: use print");
        }
    }

    private Map<String, Object> document(List<Determination> decided) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("regime", regime.id());
        doc.put("assumeApprovals", assumeApprovals);
        doc.put("count", decided.size());
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        counts(decided).forEach((outcome, n) -> outcomes.put(outcome.name(), n));
        doc.put("outcomes", outcomes);
        List<Object> transactions = new ArrayList<>();
        decided.forEach(d -> transactions.add(DeterminationFields.of(d, explainer)));
        doc.put("transactions", transactions);
        return doc;
    }

    private void table(PrintWriter out, List<Transaction> transactions, List<Determination> decided) {
        Table table = Table.withColumns("ID", "DATE", "ITEM", "QTY", "TO", "OUTCOME", "RULE", "NOTE").alignRight(3);
        for (int i = 0; i < decided.size(); i++) {
            Transaction t = transactions.get(i);
            Determination d = decided.get(i);
            table.row(t.id(), t.date(), t.item() instanceof Item.ModelWeights ? "weights: " + t.item().name() : t.item().name(),
                    Numbers.grouped(t.quantity(), 0), t.destination(), RegimeDiff.summary(d), d.rule().orElse("-"), note(d));
        }
        table.print(out);
        out.println();
        List<String> counts = new ArrayList<>();
        counts(decided).forEach((outcome, n) -> counts.add(n + " " + outcome));
        Text.wrap(decided.size() + (decided.size() == 1 ? " shipment" : " shipments") + " decided under " + regime.id() + " in date order"
                + (assumeApprovals ? " (licenses under a presumption of approval counted as granted)" : "") + ": "
                + String.join(", ", counts) + ". Explanations and citations: --format json.", width, "", "")
                .forEach(out::println);
    }

    private String note(Determination d) {
        if (!d.debits().isEmpty()) {
            long left = d.debits().get(d.debits().size() - 1).balanceAfterTpp();
            return Numbers.grouped(left / h100eTpp, 0) + " H100e left in " + d.exception().orElse("quota");
        }
        if (d.shortfall().isPresent()) {
            return d.shortfall().get().code() + " has room for " + Numbers.grouped(d.shortfall().get().unitsThatFit(), 0);
        }
        return d.onApproval().map(a -> "allocation: " + Numbers.grouped(a.balanceAfterTpp() / h100eTpp, 0)
                + " H100e left if approved").orElse("");
    }

    private static Map<Outcome, Integer> counts(List<Determination> decided) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        decided.forEach(d -> counts.merge(d.outcome(), 1, Integer::sum));
        return counts;
    }
}
