package dev.chipex.sim.world;

import dev.chipex.sim.demand.DemandRange;
import dev.chipex.sim.demand.DemandRecord;
import dev.chipex.sim.scenario.Uncertain;
import dev.chipex.sim.scenario.WorldAssumptions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The world demand's Monte Carlo range. A run draws four numbers: where in the sales data's 90%
 * intervals it lies (the same quantile for every quarter), the growth after the data, China's H200
 * orders and its smuggling demand; each record's buyers scale by its quarter's total over the
 * central one.
 */
final class WorldRange implements DemandRange {
    private final WorldTotals totals;
    private final WorldAssumptions assumptions;
    private final Map<String, Tranches.Tranche> byId = new HashMap<>();

    WorldRange(WorldTotals totals, WorldAssumptions assumptions, List<Tranches.Tranche> tranches) {
        this.totals = totals;
        this.assumptions = assumptions;
        tranches.forEach(t -> byId.put(t.record().id(), t));
    }

    @Override
    public double[] factors(List<DemandRecord> records, SplittableRandom random) {
        double uSales = random.nextDouble();
        double uGrowth = random.nextDouble();
        double orders = ratio(assumptions.h200Orders2026(), random.nextDouble());
        double smuggling = ratio(assumptions.smuggling2025(), random.nextDouble());
        double growth = ratio(assumptions.growthPerYear(), uGrowth);
        double[] byQuarter = totals.factors(uSales, uGrowth);
        double[] factors = new double[records.size()];
        for (int i = 0; i < factors.length; i++) {
            Tranches.Tranche t = byId.get(records.get(i).id());
            int year = Quarter.at(t.quarter()).year();
            factors[i] = switch (t.series()) {
                case SALES -> byQuarter[t.quarter()];
                case CHINA_ORDERS -> orders * Math.pow(growth, year - 2026);
                case CHINA_SMUGGLING -> smuggling * Math.pow(growth, year - 2025);
            };
        }
        return factors;
    }

    private static double ratio(Uncertain u, double at) {
        return u.value() == 0 ? 1 : u.at(at) / u.value();
    }
}
