package dev.chipex.sim.report;

import dev.chipex.sim.Comparison;
import dev.chipex.sim.CountryYear;
import dev.chipex.sim.RegimeResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The countries that matter most in a comparison: those whose shipments or license applications
 * differ most from the baseline's under each regime, then the largest destinations; with each
 * regime's totals over the years (sums of the yearly medians) and the day its allocation ran out.
 */
final class CountryRanking {
    /** One regime's figures for one country, all years. */
    record Totals(double demand, double shipped, double blocked, double licensed, double applications, double quotaUsed,
                  Optional<String> exhausted) {
    }

    private CountryRanking() {
    }

    /**
     * Up to {@code n} countries: each regime in turn names the country where it differs most from
     * {@code baseline} (H100e shipped, plus 1,000 H100e per license application) and not named yet,
     * so every regime's largest differences show; then the largest destinations fill the rest.
     */
    static List<String> top(Comparison c, RegimeResult baseline, int n) {
        Map<String, Totals> base = totals(baseline);
        List<List<String>> byRegime = new ArrayList<>();
        for (RegimeResult r : c.regimes()) {
            if (r == baseline) {
                continue;
            }
            Map<String, Totals> mine = totals(r);
            byRegime.add(mine.keySet().stream().filter(base::containsKey)
                    .map(k -> Map.entry(k, difference(mine.get(k), base.get(k)))).filter(e -> e.getValue() > 0.5)
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).toList());
        }
        Set<String> out = new LinkedHashSet<>();
        for (int rank = 0; out.size() < n && byRegime.stream().anyMatch(l -> l.size() > 0); rank++) {
            boolean any = false;
            for (List<String> countries : byRegime) {
                for (int i = 0; i < countries.size() && out.size() < n; i++) {
                    if (out.add(countries.get(i))) {
                        any = true;
                        break;
                    }
                }
            }
            if (!any) {
                break;
            }
        }
        base.entrySet().stream().sorted(Comparator.comparingDouble(e -> -e.getValue().demand()))
                .forEach(e -> {
                    if (out.size() < n) {
                        out.add(e.getKey());
                    }
                });
        return new ArrayList<>(out);
    }

    private static double difference(Totals a, Totals b) {
        return Math.abs(a.shipped() - b.shipped()) + 1000 * Math.abs(a.applications() - b.applications());
    }

    /** A regime's totals by country. */
    static Map<String, Totals> totals(RegimeResult r) {
        Map<String, double[]> sums = new TreeMap<>();
        Map<String, String> exhausted = new TreeMap<>();
        for (CountryYear y : r.countries()) {
            double[] s = sums.computeIfAbsent(y.country(), k -> new double[6]);
            s[0] += y.demandH100e().value();
            s[1] += y.shippedH100e().value();
            s[2] += y.blockedH100e().value();
            s[3] += y.licensedH100e().value();
            s[4] += y.licenseApplications().value();
            s[5] += y.quotaUsedH100e().value();
            y.allocationExhausted().ifPresent(d -> exhausted.put(y.country(), d.toString()));
        }
        Map<String, Totals> out = new TreeMap<>();
        sums.forEach((country, s) -> out.put(country, new Totals(s[0], s[1], s[2], s[3], s[4], s[5],
                Optional.ofNullable(exhausted.get(country)))));
        return out;
    }
}
