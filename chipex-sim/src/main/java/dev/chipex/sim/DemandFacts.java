package dev.chipex.sim;

import dev.chipex.core.regime.ReviewPolicy;
import dev.chipex.sim.demand.DemandRecord;
import dev.chipex.sim.scenario.Assumptions;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What every regime's run reads of each demand record besides its determination, worked out once
 * per simulation: its Diffusion tier, year and destination as small numbers, and the yearly and
 * per-country assumptions it meets. Runs tally by these numbers into arrays instead of looking
 * up the same years and countries in maps for every record under every regime.
 */
final class DemandFacts {
    static final int TIER3 = DiffusionTiers.TIERS.indexOf("tier3");
    static final int TIER1 = DiffusionTiers.TIERS.indexOf("tier1");

    /** The distinct years and destinations, ascending: a record's numbers index these. */
    final int[] years;
    final String[] countries;
    final int[] tier;
    final int[] year;
    final int[] country;
    final boolean[] foreign;
    final double[] priceUsdByYear;
    final double[] domesticCapacityByYear;
    final double[] substitutionCapacityByYear;
    final double[] diversionRiskByCountry;
    final double[] delayDaysByPolicy = new double[ReviewPolicy.values().length];
    /** How many buyers each record stands for, before a run's demand draw. */
    final double[] buyers;
    /** The fleet holders (buyers claiming UVEU), ascending, with their headquarters; a record's index in them, or -1. */
    final String[] providers;
    final String[] providerHomes;
    final int[] provider;

    DemandFacts(List<DemandRecord> records, List<String> tiers, Assumptions assumptions) {
        // Hashed, then sorted once: a sorted set per record cost more than the rest of this.
        Set<Integer> distinctYears = new HashSet<>();
        Set<String> distinctCountries = new HashSet<>();
        int lastYear = Integer.MIN_VALUE;
        for (DemandRecord r : records) {
            int y = r.date().getYear();
            if (y != lastYear) {
                distinctYears.add(y);
                lastYear = y;
            }
            distinctCountries.add(r.destination());
        }
        years = distinctYears.stream().mapToInt(Integer::intValue).sorted().toArray();
        countries = distinctCountries.stream().sorted().toArray(String[]::new);
        int firstYear = years.length == 0 ? 0 : years[0];
        int[] yearIndex = new int[years.length == 0 ? 0 : years[years.length - 1] - firstYear + 1];
        for (int i = 0; i < years.length; i++) {
            yearIndex[years[i] - firstYear] = i;
        }
        Map<String, Integer> countryIndex = new HashMap<>();
        for (int i = 0; i < countries.length; i++) {
            countryIndex.put(countries[i], i);
        }
        int n = records.size();
        tier = new int[n];
        year = new int[n];
        country = new int[n];
        foreign = new boolean[n];
        for (int i = 0; i < n; i++) {
            DemandRecord r = records.get(i);
            tier[i] = DiffusionTiers.TIERS.indexOf(tiers.get(i));
            year[i] = yearIndex[r.date().getYear() - firstYear];
            country[i] = countryIndex.get(r.destination());
            foreign[i] = !r.destination().equals("US");
        }
        priceUsdByYear = new double[years.length];
        domesticCapacityByYear = new double[years.length];
        substitutionCapacityByYear = new double[years.length];
        for (int i = 0; i < years.length; i++) {
            priceUsdByYear[i] = assumptions.priceUsd().in(years[i]);
            domesticCapacityByYear[i] = assumptions.domesticCapacity().in(years[i]);
            substitutionCapacityByYear[i] = assumptions.substitutionCapacity().in(years[i]);
        }
        diversionRiskByCountry = new double[countries.length];
        for (int i = 0; i < countries.length; i++) {
            diversionRiskByCountry[i] = assumptions.diversionRisk(countries[i]);
        }
        for (ReviewPolicy p : ReviewPolicy.values()) {
            delayDaysByPolicy[p.ordinal()] = assumptions.reviews().get(p.code()).delayDays();
        }
        buyers = new double[n];
        Map<String, String> homes = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            DemandRecord r = records.get(i);
            buyers[i] = r.buyers();
            if (r.veu().filter("UVEU"::equals).isPresent()) {
                homes.putIfAbsent(r.buyer(), r.headquarters());
            }
        }
        providers = homes.keySet().toArray(String[]::new);
        providerHomes = homes.values().toArray(String[]::new);
        provider = new int[n];
        for (int i = 0; i < n; i++) {
            DemandRecord r = records.get(i);
            provider[i] = r.veu().filter("UVEU"::equals).isPresent()
                    ? Arrays.binarySearch(providers, r.buyer()) : -1;
        }
    }

    /** The index of the record's destination and year in a country-by-year table. */
    int countryYear(int index) {
        return country[index] * years.length + year[index];
    }
}
