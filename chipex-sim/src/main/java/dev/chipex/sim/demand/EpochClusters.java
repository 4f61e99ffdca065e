package dev.chipex.sim.demand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Epoch AI's GPU cluster data as demand ({@code --demand epoch-clusters}): each site read by
 * {@link ClusterSites} becomes a shipment dated {@code leadDays} before it works, or existing stock
 * when that is before {@code stockBefore}; planned clusters are dated by the year in their note.
 */
public final class EpochClusters {
    public static final String NAME = "Epoch AI GPU Clusters";
    public static final String LICENSE = "CC BY 4.0";
    public static final String ATTRIBUTION = "Epoch AI, 'Data on GPU Clusters'. Published online at epoch.ai. "
            + "Retrieved from https://epoch.ai/data/gpu-clusters (Pilz, Rahman, Sanders, Heim). CC BY 4.0.";
    public static final String VINTAGE = "export of December 2025 (Epoch page last updated 2025-10-22; latest "
            + "first operational date 2025-10-15)";
    static final String ANONYMISED = "Anonymized Chinese System";

    private final DemandOptions options;
    private final Tally tally = new Tally();
    private final Map<String, Double> stock = new HashMap<>();
    private final List<DemandRecord> demand = new ArrayList<>();

    private EpochClusters(DemandOptions options) {
        this.options = options;
    }

    public static DemandSet load(DemandOptions options) {
        EpochClusters loader = new EpochClusters(options);
        ClusterSites.read(loader.tally).forEach(loader::place);
        Dataset dataset = new Dataset(NAME, VINTAGE, LICENSE, ATTRIBUTION, loader.demand.size(), loader.tally.notes());
        return new DemandSet(dataset, loader.demand, loader.stock);
    }

    private void place(ClusterSite site) {
        Optional<LocalDate> operational = site.operational();
        if (operational.isEmpty() && !site.planned()) {
            tally.add("existing records without a date counted as stock");
            stock.merge(site.destination(), site.h100e(), Double::sum);
            return;
        }
        if (operational.isEmpty()) {
            tally.add("planned records without a year dated " + options.plannedUndated());
        }
        LocalDate shipped = operational.orElse(options.plannedUndated()).minusDays(options.leadDays());
        if (options.shiftTo().isPresent()) {
            shipped = shipped.withYear(options.shiftTo().getAsInt());
        } else if (shipped.isBefore(options.stockBefore())) {
            if (!site.planned()) {
                stock.merge(site.destination(), site.h100e(), Double::sum);
                tally.add("records shipped before " + options.stockBefore() + " counted as existing stock");
                return;
            }
            shipped = options.stockBefore();
        }
        demand.add(new DemandRecord("epoch:" + site.line(), shipped, site.destination(), site.buyer(),
                site.headquarters(), site.item(), site.quantity(), site.h100e(), Optional.empty()));
    }
}
