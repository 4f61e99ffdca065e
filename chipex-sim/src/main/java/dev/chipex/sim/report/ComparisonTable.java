package dev.chipex.sim.report;

import dev.chipex.sim.Comparison;
import dev.chipex.sim.Figure;
import dev.chipex.sim.Metric;
import dev.chipex.sim.RegimeResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Every regime side by side in at most 100 columns: one lettered column per regime (the legend
 * names them), each metric's central value and, under it, the difference from the baseline; then
 * the countries that differ most and the fleet holders' shares ({@link ComparisonTables}).
 */
public final class ComparisonTable {
    static final int WIDTH = 100;
    private static final int LABEL = 18;

    private ComparisonTable() {
    }

    public static String write(Comparison c, String baseline) {
        RegimeResult base = c.regime(baseline).orElseThrow(() -> new IllegalArgumentException(
                "baseline " + baseline + " is not among the compared regimes"));
        int column = Math.max(8, Math.min(12, (WIDTH - LABEL) / c.regimes().size()));
        StringBuilder out = new StringBuilder();
        out.append(fit(c.demand().dataset().name() + ", " + c.demand().dataset().rows() + " demand records; seed "
                + c.seed() + ", " + c.runs() + (c.runs() == 1 ? " run" : " runs (medians)") + "; baseline "
                + baseline)).append('\n');
        StringBuilder header = new StringBuilder(pad("", LABEL));
        for (int i = 0; i < c.regimes().size(); i++) {
            String letter = String.valueOf((char) ('A' + i)) + (c.regimes().get(i) == base ? "*" : "");
            header.append(left(letter, column));
        }
        out.append(header).append('\n');
        for (Row row : rows()) {
            StringBuilder values = new StringBuilder(pad(row.label, LABEL));
            StringBuilder deltas = new StringBuilder(pad("  vs baseline", LABEL));
            double b = row.value.apply(base).value();
            for (RegimeResult r : c.regimes()) {
                double v = row.value.apply(r).value();
                values.append(left(row.share ? Amounts.percent(v) : Amounts.compact(v), column));
                deltas.append(left(r == base ? "-" : Amounts.signed(v - b, row.share), column));
            }
            out.append(values.toString().stripTrailing()).append('\n').append(deltas.toString().stripTrailing())
                    .append('\n');
        }
        ComparisonTables.countries(out, c, base, LABEL, column);
        ComparisonTables.fleets(out, c, LABEL, column);
        out.append('\n');
        for (int i = 0; i < c.regimes().size(); i++) {
            RegimeResult r = c.regimes().get(i);
            out.append(fit(String.format(Locale.ROOT, "%c  %s: %s", 'A' + i, r.regime(), r.title()))).append('\n');
        }
        out.append(fit("H100e = H100-equivalents; shipped by Diffusion-rule tier for every regime. "
                + (c.runs() > 1 ? "90% intervals: --format json or csv." : "One run: central assumptions."))).append('\n');
        out.append(fit("Data: " + c.demand().dataset().attribution())).append('\n');
        return out.toString();
    }

    private static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("shipped H100e", r -> r.get(Metric.SHIPPED_H100E), false));
        for (String tier : List.of("tier1", "tier2", "tier3")) {
            rows.add(new Row("  to " + tier, r -> r.shippedByTier().getOrDefault(tier, new Figure(0, 0, 0)), false));
        }
        rows.add(new Row("blocked H100e", r -> r.get(Metric.BLOCKED_H100E), false));
        rows.add(new Row("license apps", r -> r.get(Metric.LICENSE_APPLICATIONS), false));
        rows.add(new Row("control share", r -> r.get(Metric.CONTROL_SHARE), true));
        rows.add(new Row("diversion H100e", r -> r.get(Metric.DIVERSION_H100E), false));
        rows.add(new Row("export rev. USD", r -> r.get(Metric.EXPORT_REVENUE_USD), false));
        rows.add(new Row("foreign served", r -> r.get(Metric.FOREIGN_DEMAND_SERVED_SHARE), true));
        rows.add(new Row("leverage H100e", r -> r.get(Metric.LEVERAGE_H100E), false));
        rows.add(new Row("competitor share", r -> r.get(Metric.COMPETITOR_SHARE), true));
        return rows;
    }

    /** Wraps at spaces so no line is wider than the terminal. */
    private static String fit(String line) {
        StringBuilder out = new StringBuilder();
        StringBuilder current = new StringBuilder();
        for (String word : line.split(" ")) {
            if (current.length() > 0 && current.length() + 1 + word.length() > WIDTH - 3) {
                out.append(current).append("\n   ");
                current.setLength(0);
            }
            current.append(current.length() == 0 ? "" : " ").append(word);
        }
        return out.append(current).toString();
    }

    private static String pad(String text, int width) {
        return String.format(Locale.ROOT, "%-" + width + "s", text);
    }

    private static String left(String text, int width) {
        return String.format(Locale.ROOT, "%" + (width - 1) + "s ", text);
    }

    private record Row(String label, Function<RegimeResult, Figure> value, boolean share) {
    }
}
