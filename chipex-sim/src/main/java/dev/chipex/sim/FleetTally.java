package dev.chipex.sim;

import dev.chipex.core.ledger.FleetRuleCheck;
import dev.chipex.core.ledger.FleetShareCheck;
import dev.chipex.core.ledger.FleetShareRules;
import dev.chipex.core.ledger.Installation;
import dev.chipex.sim.demand.CloudFleets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Each fleet holder's installed compute (TPP by country) in one regime's run: its stock before
 * the demand, plus every shipment it received; and the compute a fleet-share rule kept from being
 * deployed under its UVEU authorization, by rule. Deployments are checked with the ledger's own
 * {@link FleetShareCheck}, so simulation and {@code chipex ledger veu check} read the rules alike.
 */
final class FleetTally {
    /** One holder's fleet at the end of a run, as shares of its installed compute. */
    record Shares(double fleetH100e, double us, double tier1, double outsideTier1, Map<String, Double> tier2,
                  Map<String, Double> boundByRule) {
    }

    private final String[] providers;
    private final double h100eTpp;
    private final List<Map<String, Long>> fleets = new ArrayList<>();
    private final List<Map<String, Double>> bound = new ArrayList<>();

    FleetTally(String[] providers, CloudFleets stock, double h100eTpp) {
        this.providers = providers;
        this.h100eTpp = h100eTpp;
        for (String p : providers) {
            Map<String, Long> fleet = new TreeMap<>();
            stock.stock(p).forEach((country, h100e) -> fleet.put(country, Math.round(h100e * h100eTpp)));
            fleets.add(fleet);
            bound.add(new TreeMap<>());
        }
    }

    /** The first rule a deployment of {@code h100e} in {@code country} would break, if any. */
    Optional<FleetRuleCheck> broken(int provider, String country, double h100e, FleetShareRules rules) {
        long tpp = Math.round(h100e * h100eTpp);
        if (tpp <= 0) {
            return Optional.empty();
        }
        FleetShareCheck check = FleetShareCheck.of(fleets.get(provider), new Installation(providers[provider], country,
                tpp), rules);
        return check.broken().stream().findFirst();
    }

    void add(int provider, String country, double h100e) {
        fleets.get(provider).merge(country, Math.round(h100e * h100eTpp), Long::sum);
    }

    void bound(int provider, String rule, double h100e) {
        bound.get(provider).merge(rule, h100e, Double::sum);
    }

    int size() {
        return providers.length;
    }

    Shares shares(int provider, Set<String> tier1, Set<String> tier2) {
        Map<String, Long> fleet = fleets.get(provider);
        double total = fleet.values().stream().mapToLong(Long::longValue).sum();
        double us = 0;
        double inTier1 = 0;
        Map<String, Double> tier2Shares = new TreeMap<>();
        for (Map.Entry<String, Long> e : fleet.entrySet()) {
            double share = total == 0 ? 0 : e.getValue() / total;
            us += e.getKey().equals("US") ? share : 0;
            inTier1 += tier1.contains(e.getKey()) ? share : 0;
            if (tier2.contains(e.getKey()) && share > 0) {
                tier2Shares.put(e.getKey(), share);
            }
        }
        return new Shares(total / h100eTpp, us, inTier1, total == 0 ? 0 : 1 - inTier1, tier2Shares,
                new TreeMap<>(bound.get(provider)));
    }
}
