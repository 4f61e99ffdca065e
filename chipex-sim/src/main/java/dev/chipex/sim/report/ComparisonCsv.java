package dev.chipex.sim.report;

import dev.chipex.sim.Comparison;
import dev.chipex.sim.Figure;
import dev.chipex.sim.Metric;
import dev.chipex.sim.RegimeResult;

import java.util.Locale;

/**
 * One row per regime and metric: {@code regime,metric,value,p05,p95} (long format, so any
 * spreadsheet can pivot it). Tiers appear as {@code shippedByTier.tier1} and so on.
 */
public final class ComparisonCsv {
    private ComparisonCsv() {
    }

    public static String write(Comparison c) {
        StringBuilder out = new StringBuilder("regime,metric,value,p05,p95\n");
        for (RegimeResult r : c.regimes()) {
            for (Metric m : Metric.values()) {
                row(out, r.regime(), m.json(), r.get(m));
            }
            r.shippedByTier().forEach((tier, f) -> row(out, r.regime(), "shippedByTier." + tier, f));
            r.blockedByControl().forEach((control, f) -> row(out, r.regime(), "blockedByControl." + control, f));
            r.shippedByYear().forEach((year, f) -> row(out, r.regime(), "shippedByYear." + year, f));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String regime, String metric, Figure f) {
        out.append(regime).append(',').append(metric).append(',').append(n(f.value())).append(',')
                .append(n(f.p05())).append(',').append(n(f.p95())).append('\n');
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.6g", ComparisonJson.round(value)).replaceAll("\\.?0+(e|$)", "$1");
    }
}
