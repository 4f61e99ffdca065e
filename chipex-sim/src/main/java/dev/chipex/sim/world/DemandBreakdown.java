package dev.chipex.sim.world;

import dev.chipex.sim.demand.DemandRecord;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** The world demand summed by year, destination, owner or buyer size ({@code chipex demand show --by}). */
public final class DemandBreakdown {
    public enum By {
        YEAR(l -> String.valueOf(l.record().date().getYear())),
        COUNTRY(l -> l.record().destination()),
        OWNER(WorldDemand.Labelled::owner),
        SIZE(WorldDemand.Labelled::sizeClass);

        private final Function<WorldDemand.Labelled, String> key;

        By(Function<WorldDemand.Labelled, String> key) {
            this.key = key;
        }

        public static By parse(String text) {
            for (By by : values()) {
                if (by.name().equalsIgnoreCase(text.strip())) {
                    return by;
                }
            }
            throw new IllegalArgumentException("expected year, country, owner or size, found '" + text + "'");
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One line: its records (tranches), the buyers they stand for and their H100e. */
    public record Row(String key, int tranches, double buyers, double h100e, double share) {
    }

    private DemandBreakdown() {
    }

    /** Rows in key order for years, else largest first. */
    public static List<Row> of(WorldDemand demand, By by) {
        Map<String, double[]> sums = new TreeMap<>();
        double total = 0;
        for (WorldDemand.Labelled l : demand.records()) {
            DemandRecord r = l.record();
            double[] sum = sums.computeIfAbsent(by.key.apply(l), k -> new double[3]);
            sum[0]++;
            sum[1] += r.buyers();
            sum[2] += r.totalH100e();
            total += r.totalH100e();
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            double[] s = e.getValue();
            rows.add(new Row(e.getKey(), (int) s[0], s[1], s[2], total == 0 ? 0 : s[2] / total));
        }
        if (by != By.YEAR) {
            rows.sort(Comparator.comparingDouble(Row::h100e).reversed().thenComparing(Row::key));
        }
        return rows;
    }
}
