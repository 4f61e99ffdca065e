package dev.chipex.sim.demand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Scales a real demand set up for benchmarks: {@code rows} records drawn from the base set, each
 * given one of {@code buyersPerCountry} buyers in its destination and a year up to
 * {@code years - 1} later, its size grown by {@code growth} per year. The same seed gives the
 * same records.
 */
public record SyntheticDemand(int rows, int years, double growth, int buyersPerCountry, long seed) {
    public SyntheticDemand {
        if (rows < 1 || years < 1 || buyersPerCountry < 1) {
            throw new IllegalArgumentException("rows, years and buyers per country must be at least 1");
        }
        if (!(growth > -1) || Double.isInfinite(growth)) {
            throw new IllegalArgumentException("growth must be greater than -1 (a share per year)");
        }
    }

    public DemandSet scale(DemandSet base) {
        Objects.requireNonNull(base, "base");
        if (base.records().isEmpty()) {
            throw new IllegalArgumentException("a synthetic set needs a base set with demand");
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<DemandRecord> source = base.records();
        List<DemandRecord> out = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            DemandRecord r = source.get(random.nextInt(source.size()));
            int offset = random.nextInt(years);
            double factor = Math.pow(1 + growth, offset);
            LocalDate date = r.date().plusYears(offset).plusDays(random.nextInt(365) - 182);
            String buyer = "synthetic buyer " + random.nextInt(buyersPerCountry) + " in " + r.destination();
            long quantity = Math.max(1, Math.round(r.quantity() * factor));
            out.add(new DemandRecord("synthetic:" + i, date, r.destination(), buyer, r.headquarters(), r.item(),
                    quantity, r.h100e() * factor, r.veu(), r.buyers()));
        }
        Dataset d = base.dataset();
        Dataset dataset = new Dataset("synthetic from " + d.name(), d.vintage(), d.license(), d.attribution()
                + " Scaled synthetically by chipex (seed " + seed + ", growth " + growth + " a year).", rows, d.notes());
        return new DemandSet(dataset, out, base.stockByCountry(), DemandRange.FIXED, base.fleets());
    }
}
