package dev.chipex.sim.report;

import dev.chipex.sim.Comparison;
import dev.chipex.sim.FleetResult;
import dev.chipex.sim.RegimeResult;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The two tables under the side-by-side one: the countries that differ most between the regimes
 * (H100e shipped 2025-2030 and license applications; "!" where the allocation ran out), and the
 * fleet holders' shares at the end (outside Tier 1, and the largest Tier 2 country; "!" where a
 * fleet-share rule kept a deployment from its UVEU authorization).
 */
final class ComparisonTables {
    static final int COUNTRIES = 12;

    private ComparisonTables() {
    }

    static void countries(StringBuilder out, Comparison c, RegimeResult baseline, int label, int column) {
        List<String> top = CountryRanking.top(c, baseline, COUNTRIES);
        if (top.isEmpty()) {
            return;
        }
        List<Map<String, CountryRanking.Totals>> totals = new ArrayList<>();
        c.regimes().forEach(r -> totals.add(CountryRanking.totals(r)));
        out.append('\n').append("countries          H100e shipped 2025-2030 (! allocation ran out), license apps")
                .append('\n');
        for (String country : top) {
            StringBuilder shipped = new StringBuilder(pad(country + " shipped", label));
            StringBuilder apps = new StringBuilder(pad("  license apps", label));
            for (Map<String, CountryRanking.Totals> t : totals) {
                CountryRanking.Totals x = t.get(country);
                shipped.append(cell(x == null ? "-" : Amounts.compact(x.shipped()) + (x.exhausted().isPresent() ? "!" : ""),
                        column));
                apps.append(cell(x == null ? "-" : Amounts.compact(x.applications()), column));
            }
            out.append(shipped.toString().stripTrailing()).append('\n').append(apps.toString().stripTrailing()).append('\n');
        }
    }

    static void fleets(StringBuilder out, Comparison c, int label, int column) {
        Set<String> holders = new LinkedHashSet<>();
        c.regimes().forEach(r -> r.fleets().forEach(f -> holders.add(f.holder())));
        if (holders.isEmpty()) {
            return;
        }
        out.append('\n').append("fleets             at the end: share outside Tier 1, largest Tier 2 country (! a limit bound)")
                .append('\n');
        for (String holder : holders) {
            StringBuilder outside = new StringBuilder(pad(holder, label));
            StringBuilder largest = new StringBuilder(pad("  largest tier2", label));
            for (RegimeResult r : c.regimes()) {
                Optional<FleetResult> f = r.fleets().stream().filter(x -> x.holder().equals(holder)).findFirst();
                boolean bound = f.map(x -> x.boundH100e().values().stream().anyMatch(b -> b.value() > 0)).orElse(false);
                outside.append(cell(f.map(x -> Amounts.percent(x.outsideTier1Share().value()) + (bound ? "!" : ""))
                        .orElse("-"), column));
                largest.append(cell(f.map(ComparisonTables::largest).orElse("-"), column));
            }
            out.append(outside.toString().stripTrailing()).append('\n').append(largest.toString().stripTrailing())
                    .append('\n');
        }
    }

    private static String largest(FleetResult f) {
        return f.tier2Shares().entrySet().stream().max(Map.Entry.comparingByValue(
                (a, b) -> Double.compare(a.value(), b.value())))
                .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.1f", e.getValue().value() * 100)).orElse("none");
    }

    private static String pad(String text, int width) {
        return String.format(Locale.ROOT, "%-" + width + "s", text.length() >= width ? text.substring(0, width - 1) : text);
    }

    private static String cell(String text, int width) {
        return String.format(Locale.ROOT, "%" + (width - 1) + "s ", text);
    }
}
