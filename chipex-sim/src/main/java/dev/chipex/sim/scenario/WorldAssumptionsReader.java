package dev.chipex.sim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** Reads and checks the {@code worldDemand} section, every problem with its key path. */
final class WorldAssumptionsReader {
    static final String ROOT = "worldDemand";
    static final List<String> SECTIONS = List.of(ROOT + ".growth", ROOT + ".buyerSizes", ROOT + ".observedSites",
            ROOT + ".cloudFleets", ROOT + ".china");

    private WorldAssumptionsReader() {
    }

    static WorldAssumptions read(ScenarioReader r) {
        String sizes = ROOT + ".buyerSizes.";
        Uncertain growth = r.uncertain(ROOT + ".growth.perYear");
        if (growth.low() <= 0) {
            r.problem(ROOT + ".growth.perYear", "a growth factor is above 0 (1 = no growth), found " + growth.low());
        }
        double threshold = positive(r, sizes + "detectionThresholdH100e");
        double smallest = positive(r, sizes + "smallestBuyerH100e");
        if (smallest >= threshold) {
            r.problem(sizes + "smallestBuyerH100e", "must be below detectionThresholdH100e (" + threshold + ")");
        }
        List<Double> bounds = bounds(r, sizes + "classBoundsH100e");
        List<Double> coarse = bounds(r, sizes + "coarseClassBoundsH100e");
        String fleets = ROOT + ".cloudFleets.";
        int countries = (int) positive(r, fleets + "abroadCountries");
        int lead = (int) r.number(ROOT + ".observedSites.leadDays", r.at(ROOT + ".observedSites.leadDays"));
        if (lead < 0) {
            r.problem(ROOT + ".observedSites.leadDays", "cannot be negative");
        }
        return new WorldAssumptions(growth, threshold, alpha(r, sizes + "paretoAlpha"), smallest,
                positive(r, sizes + "sizeGrowthPerYear"), bounds, positive(r, sizes + "fineClassesFromH100e"), coarse,
                positive(r, sizes + "twiceAYearFromBuyers"),
                r.share(ROOT + ".observedSites.maxShareOfOther"), lead,
                r.strings(fleets + "uveuProviders"), r.shares(fleets + "abroadShare.byOwner"), countries,
                nonNegative(r, ROOT + ".china.h200Orders2026H100e"), nonNegative(r, ROOT + ".china.smuggling2025H100e"));
    }

    private static OptionalDouble alpha(ScenarioReader r, String path) {
        Object value = r.at(path);
        if ("fitted".equals(value)) {
            return OptionalDouble.empty();
        }
        double alpha = r.number(path, value);
        if (alpha <= 0) {
            r.problem(path, "a Pareto exponent is above 0, or the word 'fitted'; found " + value);
        }
        return OptionalDouble.of(alpha);
    }

    private static List<Double> bounds(ScenarioReader r, String path) {
        List<Double> bounds = new ArrayList<>();
        Object node = r.at(path);
        if (!(node instanceof List<?> list)) {
            r.problem(path, "expected a list of H100e a year, ascending, e.g. [100, 300]");
            return bounds;
        }
        for (int i = 0; i < list.size(); i++) {
            double bound = r.number(path + "[" + i + "]", list.get(i));
            if (bound <= 0 || (!bounds.isEmpty() && bound <= bounds.get(bounds.size() - 1))) {
                r.problem(path + "[" + i + "]", "bounds are above 0 and ascending, found " + bound);
            }
            bounds.add(bound);
        }
        return bounds;
    }

    private static double positive(ScenarioReader r, String path) {
        double value = r.number(path, r.at(path));
        if (value <= 0) {
            r.problem(path, "must be above 0, found " + value);
        }
        return value;
    }

    private static Uncertain nonNegative(ScenarioReader r, String path) {
        Uncertain value = r.uncertain(path);
        if (value.low() < 0) {
            r.problem(path, "cannot be negative, found " + value.low());
        }
        return value;
    }
}
