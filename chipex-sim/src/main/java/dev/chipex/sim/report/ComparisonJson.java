package dev.chipex.sim.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chipex.sim.Comparison;
import dev.chipex.sim.Figure;
import dev.chipex.sim.Metric;
import dev.chipex.sim.RegimeResult;
import dev.chipex.sim.demand.Dataset;

import java.util.Map;

/**
 * The {@code compare} JSON of ARCHITECTURE.md §6. Each figure is its central value (the median
 * over runs); with more than one run, siblings named with {@code P05} and {@code P95} hold the
 * 90% interval ({@code "shippedH100e"}, {@code "shippedH100eP05"}, {@code "shippedH100eP95"}).
 * Figures beyond the contract are under {@code details}; each regime also has its {@code countries}
 * (outcomes by destination and year) and {@code fleets} (the fleet holders' shares against its
 * limits).
 */
public final class ComparisonJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ComparisonJson() {
    }

    public static String write(Comparison c) {
        try {
            return MAPPER.writeValueAsString(tree(c)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the comparison as JSON", e);
        }
    }

    public static ObjectNode tree(Comparison c) {
        ObjectNode root = MAPPER.createObjectNode();
        Dataset d = c.demand().dataset();
        ObjectNode dataset = root.putObject("dataset");
        dataset.put("name", d.name()).put("vintage", d.vintage()).put("license", d.license())
                .put("rows", d.rows()).put("attribution", d.attribution())
                .put("existingStockH100e", round(c.demand().stockH100e()));
        d.notes().forEach(dataset.putArray("notes")::add);
        root.put("seed", c.seed());
        root.put("runs", c.runs());
        var regimes = root.putArray("regimes");
        for (RegimeResult r : c.regimes()) {
            ObjectNode node = regimes.addObject();
            node.put("regime", r.regime());
            for (Metric m : Metric.values()) {
                if (m.headline()) {
                    put(node, m.json(), r.get(m), c.runs());
                }
                if (m == Metric.LICENSE_APPLICATIONS) {
                    ObjectNode tiers = node.putObject("shippedByTier");
                    r.shippedByTier().forEach((tier, f) -> put(tiers, tier, f, c.runs()));
                }
            }
            ObjectNode details = node.putObject("details");
            details.put("title", r.title());
            for (Metric m : Metric.values()) {
                if (!m.headline()) {
                    put(details, m.json(), r.get(m), c.runs());
                }
            }
            putAll(details.putObject("blockedByControl"), r.blockedByControl(), c.runs());
            putAll(details.putObject("shippedByYear"), r.shippedByYear(), c.runs());
            putAll(details.putObject("shippedByCountry"), r.shippedByCountry(), c.runs());
            CountriesJson.put(node.putArray("countries"), r.countries(), c.runs());
            FleetsJson.put(node.putArray("fleets"), r.fleets(), c.runs());
        }
        ObjectNode sources = root.putObject("assumptions");
        c.assumptions().sources().forEach(sources::put);
        return root;
    }

    static void putAll(ObjectNode node, Map<String, Figure> figures, int runs) {
        figures.forEach((key, f) -> put(node, key, f, runs));
    }

    static void put(ObjectNode node, String name, Figure f, int runs) {
        number(node, name, f.value());
        if (runs > 1) {
            number(node, name + "P05", f.p05());
            number(node, name + "P95", f.p95());
        }
    }

    private static void number(ObjectNode node, String name, double value) {
        double rounded = round(value);
        if (rounded == Math.rint(rounded) && Math.abs(rounded) < 1e15) {
            node.put(name, (long) rounded);
        } else {
            node.put(name, rounded);
        }
    }

    /** Six significant digits: enough for any reader, and stable text for same-seed comparisons. */
    static double round(double value) {
        if (value == 0 || Double.isNaN(value) || Double.isInfinite(value)) {
            return 0;
        }
        return new java.math.BigDecimal(value).round(new java.math.MathContext(6)).doubleValue();
    }
}
