package dev.chipex.sim.demand;

import dev.chipex.core.csv.CsvTable;
import dev.chipex.core.decision.Item;
import dev.chipex.core.item.ChipCatalog;
import dev.chipex.core.item.Classifier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads Epoch AI's GPU cluster data (bundled {@code gpu_clusters.csv}) as demand, handling the
 * quirks its PROVENANCE lists: decommissioned, unlikely and multi-site ("Single cluster? = No")
 * records are left out; an upgrade record ("Builds Upon"/"Superseded by") adds only its growth
 * over the record it upgrades; anonymised Chinese systems are separate buyers headquartered in
 * China; numbers in plain or exponent notation are parsed as doubles; planned clusters are dated
 * by the year in their note; clusters without a country are placed at their owner's
 * headquarters when the crosswalk knows it, else left out.
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
    private final DemandItems items = new DemandItems(ChipCatalog.bundled(), Classifier.bundled().h100eTpp());
    private final EpochCountries countries = new EpochCountries();
    private final OwnerHeadquarters owners = OwnerHeadquarters.bundled();
    private final Tally tally = new Tally();
    private final Map<String, Double> stock = new HashMap<>();
    private final List<DemandRecord> demand = new ArrayList<>();

    private EpochClusters(DemandOptions options) {
        this.options = options;
    }

    public static DemandSet load(DemandOptions options) {
        return new EpochClusters(options).read(CsvTable.parse(Resources.text("gpu_clusters.csv")));
    }

    private DemandSet read(CsvTable table) {
        Upgrades upgrades = new Upgrades(table);
        for (CsvTable.Row row : table.rows()) {
            readRow(row, upgrades);
        }
        Dataset dataset = new Dataset(NAME, VINTAGE, LICENSE, ATTRIBUTION, demand.size(), tally.notes());
        return new DemandSet(dataset, demand, stock);
    }

    private void readRow(CsvTable.Row row, Upgrades upgrades) {
        if (skipped(row)) {
            return;
        }
        double h100e = Numbers.parse(row.get("H100 equivalents"));
        long count = Math.round(Numbers.parse(row.get("Chip quantity (primary)")));
        String chip = row.get("Chip type (primary)").strip();
        if (!(h100e > 0)) {
            tally.add("records without H100 equivalents left out");
            return;
        }
        Optional<Double> before = upgrades.predecessorH100e(row);
        if (before.isPresent()) {
            double growth = h100e - before.get();
            if (growth <= 0) {
                tally.add("upgrade records adding no compute left out");
                return;
            }
            tally.add("upgrade records counted as their growth over the record they upgrade");
            count = Math.round(count * growth / h100e);
            h100e = growth;
        }
        Optional<String> destination = destination(row);
        if (destination.isEmpty()) {
            tally.add("records without a country or a known owner left out");
            return;
        }
        String owner = firstOwner(row);
        String buyer = buyer(row, owner);
        String headquarters = headquarters(row, owner, destination.get());
        place(row, buyer, destination.get(), headquarters, items.item(chip, count, h100e),
                items.quantity(chip, count, h100e), h100e);
    }

    private boolean skipped(CsvTable.Row row) {
        if (row.get("Status").equals("Decommissioned")) {
            tally.add("decommissioned records left out");
            return true;
        }
        if (row.get("Certainty").equals("Unlikely")) {
            tally.add("records of certainty 'Unlikely' left out");
            return true;
        }
        if (row.get("Single cluster?").equals("No")) {
            tally.add("multi-site or company-wide records ('Single cluster?' = No) left out");
            return true;
        }
        return false;
    }

    private Optional<String> destination(CsvTable.Row row) {
        Optional<String> country = countries.code(row.get("Country"));
        if (country.isPresent()) {
            return country;
        }
        Optional<String> atHeadquarters = owners.headquarters(firstOwner(row));
        atHeadquarters.ifPresent(hq -> tally.add("records without a country placed at their owner's headquarters"));
        return atHeadquarters;
    }

    private String buyer(CsvTable.Row row, String owner) {
        if (row.get("Name").equals(ANONYMISED)) {
            tally.add("anonymised Chinese systems, each a buyer of its own headquartered in China");
            return ANONYMISED + " (line " + row.line() + ")";
        }
        return owner.isEmpty() ? row.get("Name") + " (owner not stated)" : owner;
    }

    private String headquarters(CsvTable.Row row, String owner, String destination) {
        if (row.get("Name").equals(ANONYMISED)) {
            return "CN";
        }
        Optional<String> hq = owners.headquarters(owner);
        if (hq.isEmpty()) {
            tally.add("owners not in the headquarters crosswalk, defaulted to the destination country");
        }
        return hq.orElse(destination);
    }

    private void place(CsvTable.Row row, String buyer, String destination, String headquarters, Item.Chips item,
                       long quantity, double h100e) {
        Optional<LocalDate> operational = operational(row);
        boolean planned = row.get("Status").equals("Planned");
        if (operational.isEmpty() && !planned) {
            tally.add("existing records without a date counted as stock");
            stock.merge(destination, h100e, Double::sum);
            return;
        }
        LocalDate shipped = operational.orElse(options.plannedUndated()).minusDays(options.leadDays());
        if (options.shiftTo().isPresent()) {
            shipped = shipped.withYear(options.shiftTo().getAsInt());
        } else if (shipped.isBefore(options.stockBefore())) {
            if (!planned) {
                stock.merge(destination, h100e, Double::sum);
                tally.add("records shipped before " + options.stockBefore() + " counted as existing stock");
                return;
            }
            shipped = options.stockBefore();
        }
        String id = "epoch:" + row.line();
        demand.add(new DemandRecord(id, shipped, destination, buyer, headquarters, item, quantity, h100e,
                Optional.empty()));
    }

    private Optional<LocalDate> operational(CsvTable.Row row) {
        String date = row.get("First Operational Date").strip();
        if (!date.isEmpty()) {
            return Optional.of(LocalDate.parse(date));
        }
        Optional<LocalDate> planned = PlannedDate.parse(row.get("First Operational Date Note"));
        if (planned.isEmpty() && row.get("Status").equals("Planned")) {
            tally.add("planned records without a year dated " + options.plannedUndated());
        }
        return planned;
    }

    private static String firstOwner(CsvTable.Row row) {
        return row.get("Owner").split(",")[0].strip();
    }
}
