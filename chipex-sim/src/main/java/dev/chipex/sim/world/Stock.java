package dev.chipex.sim.world;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The compute installed before 2025: what the sales data say was shipped from 2022 to 2024 (older
 * chips are not in them), split by owner as the owner files split it and placed as each owner's 2025
 * demand is; the cloud providers' parts are their fleets' starting point.
 */
final class Stock {
    private final Map<String, Double> byCountry = new TreeMap<>();
    private final Map<String, Map<String, Double>> byProvider = new TreeMap<>();
    private final double total;

    private Stock(double total) {
        this.total = total;
    }

    static Stock of(ChipSales sales, ChipOwners owners, List<Placement.Mass> masses, List<String> providers) {
        Map<String, Map<String, Double>> placed2025 = new TreeMap<>();
        for (Placement.Mass m : masses) {
            if (m.quarter() < 4) {
                placed2025.computeIfAbsent(m.owner(), o -> new TreeMap<>()).merge(m.country(), m.h100e(), Double::sum);
            }
        }
        double owned = owners.owners().stream().mapToDouble(owners::before2025).sum();
        Stock stock = new Stock(sales.before2025());
        for (String owner : owners.owners()) {
            double h100e = owners.before2025(owner) * sales.before2025() / owned;
            Map<String, Double> where = placed2025.getOrDefault(owner, Map.of(owner.equals(ChipOwners.CHINA) ? "CN" : "US", 1.0));
            double sum = where.values().stream().mapToDouble(Double::doubleValue).sum();
            where.forEach((country, part) -> {
                double share = h100e * part / sum;
                stock.byCountry.merge(country, share, Double::sum);
                if (providers.contains(owner)) {
                    stock.byProvider.computeIfAbsent(owner, p -> new TreeMap<>()).merge(country, share, Double::sum);
                }
            });
        }
        return stock;
    }

    Map<String, Double> byCountry() {
        return byCountry;
    }

    Map<String, Map<String, Double>> byProvider() {
        return byProvider;
    }

    String note() {
        return String.format(Locale.ROOT, "existing stock: %,.0f H100e shipped 2022-2024 (the sales data; older chips "
                + "are not in them), split by owner as the owner files split it, placed as each owner's 2025 demand", total);
    }
}
