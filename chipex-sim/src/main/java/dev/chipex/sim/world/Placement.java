package dev.chipex.sim.world;

import dev.chipex.sim.demand.Tally;
import dev.chipex.sim.scenario.WorldAssumptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each owner's quarterly demand goes. A named owner's recorded sites abroad are placed where
 * they are, then more abroad up to its assumed share abroad, spread over the largest countries of
 * the country model; the rest at home. "Other" owners' recorded sites (at most the assumed share of
 * their demand) are buyers of their own; the rest is spread over every eligible country by the
 * country model. China's legal purchases go to China.
 */
final class Placement {
    enum Kind { OWNER, SITE, UNRECORDED, CHINA }

    /** H100e of one owner (or site buyer) in one country and quarter. */
    record Mass(String owner, String buyer, String headquarters, String country, int quarter, double h100e, Kind kind) {
    }

    private Placement() {
    }

    static List<Mass> of(WorldTotals totals, List<ObservedSites.Site> sites, CountryWeights weights, OwnerGroups groups,
                         WorldAssumptions a, Tally tally) {
        List<Mass> out = new ArrayList<>();
        for (String owner : totals.owners()) {
            for (int q = 0; q < Quarter.COUNT; q++) {
                double demand = totals.owner(owner, q);
                if (demand <= 0) {
                    continue;
                }
                if (owner.equals(ChipOwners.CHINA)) {
                    out.add(new Mass(owner, "Chinese buyers (legal purchases)", "CN", "CN", q, demand, Kind.CHINA));
                } else if (owner.equals(ChipOwners.OTHER)) {
                    other(demand, q, sites, weights, a, tally, out);
                } else {
                    named(owner, demand, q, sites, weights, groups, a, tally, out);
                }
            }
        }
        return out;
    }

    private static void named(String owner, double demand, int q, List<ObservedSites.Site> sites, CountryWeights weights,
                              OwnerGroups groups, WorldAssumptions a, Tally tally, List<Mass> out) {
        String home = groups.headquarters(owner);
        Map<String, Double> byCountry = new TreeMap<>();
        for (ObservedSites.Site s : sites) {
            if (s.owner().equals(owner) && s.quarter().index() == q && !s.country().equals(home)) {
                byCountry.merge(s.country(), s.h100e(), Double::sum);
            }
        }
        double recorded = byCountry.values().stream().mapToDouble(Double::doubleValue).sum();
        if (recorded > demand) {
            tally.add("owner-quarters whose recorded sites abroad exceed the owner's demand, scaled down to it");
            double scale = demand / recorded;
            byCountry.replaceAll((c, h) -> h * scale);
            recorded = demand;
        }
        double more = Math.max(0, a.abroadShare(owner) * demand - recorded);
        weights.largest(a.abroadCountries(), home).forEach((c, share) -> byCountry.merge(c, more * share, Double::sum));
        byCountry.merge(home, demand - recorded - more, Double::sum);
        byCountry.forEach((country, h100e) -> {
            if (h100e > 0) {
                out.add(new Mass(owner, owner, home, country, q, h100e, Kind.OWNER));
            }
        });
    }

    private static void other(double demand, int q, List<ObservedSites.Site> sites, CountryWeights weights,
                              WorldAssumptions a, Tally tally, List<Mass> out) {
        List<ObservedSites.Site> here = sites.stream()
                .filter(s -> s.owner().equals(ChipOwners.OTHER) && s.quarter().index() == q).toList();
        double recorded = here.stream().mapToDouble(ObservedSites.Site::h100e).sum();
        double scale = 1;
        if (recorded > a.maxObservedShare() * demand) {
            scale = a.maxObservedShare() * demand / recorded;
            tally.add("quarters whose recorded sites of other owners were scaled down to " + percent(a.maxObservedShare())
                    + " of those owners' demand");
        }
        for (ObservedSites.Site s : here) {
            out.add(new Mass(ChipOwners.OTHER, s.buyer(), s.headquarters(), s.country(), q, s.h100e() * scale, Kind.SITE));
        }
        double unrecorded = demand - recorded * scale;
        weights.shares().forEach((country, share) -> out.add(new Mass(ChipOwners.OTHER, "", country, country, q,
                unrecorded * share, Kind.UNRECORDED)));
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
