package dev.chipex.sim.world;

import dev.chipex.core.csv.CsvTable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where demand that no site records goes: a country's share is proportional to
 * exp(a + b·ln GDP + c·ln population), the coefficients fitted by least squares to the logarithm of
 * the compute the GPU cluster file records in each country that has any (World Bank GDP, latest year
 * each; population). Every eligible country with GDP and population gets a share, recorded sites or not.
 */
final class CountryWeights {
    private final Map<String, Double> shares = new TreeMap<>();
    private final double[] coefficients;
    private final int fittedOn;
    private final double rSquared;

    private CountryWeights(double[] coefficients, int fittedOn, double rSquared) {
        this.coefficients = coefficients;
        this.fittedOn = fittedOn;
        this.rSquared = rSquared;
    }

    /**
     * Fits on {@code observed} (H100e recorded per country, countries without GDP or population
     * skipped) and gives a share to every {@code eligible} country of {@code data}.
     */
    static CountryWeights fit(Map<String, Double> observed, CsvTable data, Set<String> eligible) {
        Map<String, double[]> logs = new LinkedHashMap<>();
        for (CsvTable.Row row : data.rows()) {
            logs.put(row.get("country"), new double[] {Math.log(Double.parseDouble(row.get("gdp_usd"))),
                    Math.log(Double.parseDouble(row.get("population")))});
        }
        List<String> points = observed.keySet().stream().filter(c -> logs.containsKey(c) && observed.get(c) > 0).sorted()
                .toList();
        double[][] x = new double[points.size()][];
        double[] y = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            double[] l = logs.get(points.get(i));
            x[i] = new double[] {1, l[0], l[1]};
            y[i] = Math.log(observed.get(points.get(i)));
        }
        double[] beta = LeastSquares.solve(x, y);
        CountryWeights weights = new CountryWeights(beta, points.size(), LeastSquares.rSquared(x, y, beta));
        double sum = 0;
        for (Map.Entry<String, double[]> e : logs.entrySet()) {
            if (eligible.contains(e.getKey())) {
                double w = Math.exp(beta[0] + beta[1] * e.getValue()[0] + beta[2] * e.getValue()[1]);
                weights.shares.put(e.getKey(), w);
                sum += w;
            }
        }
        for (Map.Entry<String, Double> e : weights.shares.entrySet()) {
            e.setValue(e.getValue() / sum);
        }
        return weights;
    }

    /** Each eligible country's share, summing to 1. */
    Map<String, Double> shares() {
        return shares;
    }

    /** The {@code n} largest shares except {@code home}'s, rescaled to sum to 1. */
    Map<String, Double> largest(int n, String home) {
        Map<String, Double> top = new TreeMap<>();
        shares.entrySet().stream().filter(e -> !e.getKey().equals(home))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).forEach(e -> top.put(e.getKey(), e.getValue()));
        double sum = top.values().stream().mapToDouble(Double::doubleValue).sum();
        top.replaceAll((c, s) -> s / sum);
        return top;
    }

    String describe() {
        return String.format(java.util.Locale.ROOT, "share ∝ exp(%.2f + %.2f ln GDP %+.2f ln population), fitted on "
                + "the recorded cluster compute of %d countries (R² %.2f), given to %d countries",
                coefficients[0], coefficients[1], coefficients[2], fittedOn, rSquared, shares.size());
    }
}
