package dev.chipex.sim.world;

import dev.chipex.core.csv.CsvTable;
import dev.chipex.sim.demand.CloudFleets;
import dev.chipex.sim.demand.ClusterSite;
import dev.chipex.sim.demand.ClusterSites;
import dev.chipex.sim.demand.Dataset;
import dev.chipex.sim.demand.DemandOptions;
import dev.chipex.sim.demand.DemandRecord;
import dev.chipex.sim.demand.DemandSet;
import dev.chipex.sim.demand.Tally;
import dev.chipex.sim.scenario.Assumptions;
import dev.chipex.sim.scenario.WorldAssumptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The world's would-be shipments of AI chips, 2025-2030, by quarter, country, buyer and buyer size
 * ({@code --demand world}, the default of {@code compare} and {@code simulate}): world totals from
 * Epoch AI's chip-sales estimates, split by owner (chip-owner estimates), placed by country (recorded
 * and planned sites of the data-centre and cluster files, the rest by a country model fitted on World
 * Bank GDP and population), split into buyers by size (a Pareto law fitted to the cluster sizes), with
 * China's legal purchases, orders and smuggling demand beside. Built the same way for the same
 * assumptions; what a Monte Carlo run changes is in {@link WorldRange}. chipex-sim/README.md has the
 * whole model.
 */
public final class WorldDemand {
    public static final String NAME = "chipex world demand";
    public static final String LICENSE = "CC BY 4.0 (Epoch AI data; World Bank WDI data)";
    public static final String ATTRIBUTION = "Epoch AI, 'Data on AI Chip Sales' (epoch.ai/data/ai-chip-sales), "
            + "'Data on AI Chip Owners' (epoch.ai/data/ai-chip-owners), 'Data on Frontier AI Data Centers' "
            + "(epoch.ai/data/data-centers), 'Data on GPU Clusters' (epoch.ai/data/gpu-clusters) and 'Data on Machine "
            + "Learning Hardware' (epoch.ai/data/machine-learning-hardware), published online at epoch.ai, CC BY 4.0; "
            + "World Bank, World Development Indicators (GDP, current US$; population), CC BY 4.0. Modelled by chipex.";
    public static final String VINTAGE = "Epoch AI chip sales and owners of March-April 2026 (data to 2025Q4), data "
            + "centres of July 2026, GPU clusters of December 2025; World Bank GDP 2023, population 2024";

    private final DemandSet demand;
    private final List<Tranches.Tranche> tranches;
    private final Calibration calibration;

    private WorldDemand(DemandSet demand, List<Tranches.Tranche> tranches, Calibration calibration) {
        this.demand = demand;
        this.tranches = List.copyOf(tranches);
        this.calibration = calibration;
    }

    public static WorldDemand build(Assumptions assumptions) {
        WorldAssumptions a = assumptions.world();
        Tally tally = new Tally();
        List<String> notes = new ArrayList<>();
        ChipSales sales = ChipSales.bundled();
        ChipOwners owners = ChipOwners.bundled();
        WorldTotals totals = new WorldTotals(sales, owners, a.growthPerYear());
        List<ClusterSite> clusters = ClusterSites.read(tally);
        Set<String> excluded = EligibleCountries.excluded();
        CsvTable countries = Resources.table("countries.csv");
        CountryWeights weights = CountryWeights.fit(EligibleCountries.recorded(clusters), countries,
                EligibleCountries.eligible(countries, excluded));
        double alpha = a.paretoAlpha().orElseGet(() -> BuyerSizes.fitAlpha(EligibleCountries.sizes(clusters),
                a.detectionThreshold()));
        BuyerSizes sizes = new BuyerSizes(alpha, a.smallestBuyer(), a.detectionThreshold(), a.classBounds(),
                a.coarseBounds(), a.sizeGrowthPerYear());
        List<ObservedSites.Site> sites = ObservedSites.read(clusters, Resources.table("data-center-timelines.csv"),
                OwnerGroups.bundled(), excluded, a.leadDays(), DemandOptions.DEFAULT.plannedUndated(), tally);
        List<Placement.Mass> masses = Placement.of(totals, sites, weights, OwnerGroups.bundled(), a, tally);
        Tranches writer = new Tranches(sales, owners, sizes, a);
        writer.of(masses);
        List<Tranches.Tranche> all = writer.china();
        Stock stock = Stock.of(sales, owners, masses, a.uveuProviders());

        notes.add(String.format(java.util.Locale.ROOT, "buyer sizes: Pareto exponent %.3f %s", alpha,
                a.paretoAlpha().isPresent() ? "set by the assumptions" : "fitted to the " + EligibleCountries.sizes(clusters)
                        .stream().filter(s -> s >= a.detectionThreshold()).count() + " cluster sizes (2023 on) at or above "
                        + Math.round(a.detectionThreshold()) + " H100e"));
        notes.add("country model: " + weights.describe());
        notes.add(sales.incompleteRows() + " chip-sales rows of incomplete quarters left out: the data end with "
                + sales.lastComplete() + "; later quarters grow by the growth assumption, each owner keeping its share and "
                + "chip of the last year of data");
        notes.add(owners.spreadPeriods() + " chip-owner periods longer than a quarter spread evenly over their quarters "
                + "(xAI's holdings are given by year)");
        notes.add(excluded.size() + " destinations (Tier 3 of the Diffusion rule, Hong Kong, Macau) get no demand but "
                + "China's own: the sales data count legal sales");
        notes.add(EligibleCountries.withoutData(countries, excluded) + " countries without World Bank GDP or "
                + "population get no unrecorded demand; Taiwan's figures are not World Bank data (it has no Taiwan)");
        notes.add(stock.note());
        notes.addAll(tally.notes());
        List<DemandRecord> records = all.stream().map(Tranches.Tranche::record).toList();
        Dataset dataset = new Dataset(NAME, VINTAGE, LICENSE, ATTRIBUTION, records.size(), notes);
        DemandSet set = new DemandSet(dataset, records, stock.byCountry(), new WorldRange(totals, a, all),
                new CloudFleets(stock.byProvider()));
        return new WorldDemand(set, all, calibration(totals, a, all, stock));
    }

    public DemandSet demand() {
        return demand;
    }

    public Calibration calibration() {
        return calibration;
    }

    /** Every record with the owner and size class it was split from. */
    public List<Labelled> records() {
        return tranches.stream().map(t -> new Labelled(t.record(), t.owner(), t.sizeClass())).toList();
    }

    /** A record and what it stands for. */
    public record Labelled(DemandRecord record, String owner, String sizeClass) {
    }

    private static Calibration calibration(WorldTotals totals, WorldAssumptions a, List<Tranches.Tranche> all,
                                           Stock stock) {
        Map<Integer, Double> sales = new TreeMap<>();
        double total2025 = 0;
        double us2025 = 0;
        double china2025 = 0;
        Map<String, Double> end2025 = new TreeMap<>(stock.byCountry());
        for (Tranches.Tranche t : all) {
            DemandRecord r = t.record();
            int year = Quarter.at(t.quarter()).year();
            if (t.series() == Tranches.Series.SALES) {
                sales.merge(year, r.totalH100e(), Double::sum);
            }
            if (year == 2025) {
                total2025 += r.totalH100e();
                us2025 += r.destination().equals("US") ? r.totalH100e() : 0;
                china2025 += r.destination().equals("CN") ? r.totalH100e() : 0;
                end2025.merge(r.destination(), r.totalH100e(), Double::sum);
            }
        }
        double endTotal = end2025.values().stream().mapToDouble(Double::doubleValue).sum();
        return new Calibration(Calibration.years(totals, a.growthPerYear(), sales), us2025 / total2025,
                china2025 / total2025, end2025.getOrDefault("US", 0.0) / endTotal,
                end2025.getOrDefault("CN", 0.0) / endTotal);
    }
}
