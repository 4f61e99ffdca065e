package dev.chipex.sim.demand;

import dev.chipex.core.csv.CsvTable;
import dev.chipex.core.item.ChipCatalog;
import dev.chipex.core.item.Classifier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads Epoch AI's GPU cluster data (bundled {@code gpu_clusters.csv}) into sites, handling the
 * quirks its PROVENANCE lists, each counted in the tally: decommissioned, unlikely and multi-site
 * ("Single cluster? = No") records are left out; a stated H100e that contradicts the chips is
 * corrected; an upgrade record ("Builds Upon"/"Superseded by") adds only its growth over the record
 * it upgrades; anonymised Chinese systems are separate buyers headquartered in China; numbers in
 * plain or exponent notation are parsed as doubles; clusters without a country are placed at their
 * owner's headquarters when the crosswalk knows it, else left out.
 */
public final class ClusterSites {
    private final DemandItems items = new DemandItems(ChipCatalog.bundled(), Classifier.bundled().h100eTpp());
    private final StatedH100e stated = new StatedH100e(Classifier.bundled().h100eTpp());
    private final EpochCountries countries = new EpochCountries();
    private final OwnerHeadquarters owners = OwnerHeadquarters.bundled();
    private final Tally tally;

    private ClusterSites(Tally tally) {
        this.tally = tally;
    }

    /** Every usable site of the bundled file; {@code tally} counts how each quirk was treated. */
    public static List<ClusterSite> read(Tally tally) {
        CsvTable table = CsvTable.parse(Resources.text("gpu_clusters.csv"));
        ClusterSites reader = new ClusterSites(tally);
        Upgrades upgrades = new Upgrades(table, row -> reader.stated.of(row, null));
        List<ClusterSite> sites = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            reader.site(row, upgrades).ifPresent(sites::add);
        }
        return sites;
    }

    private Optional<ClusterSite> site(CsvTable.Row row, Upgrades upgrades) {
        if (skipped(row)) {
            return Optional.empty();
        }
        double h100e = stated.of(row, tally);
        long count = Math.round(Numbers.parse(row.get("Chip quantity (primary)")));
        String chip = row.get("Chip type (primary)").strip();
        if (!(h100e > 0)) {
            tally.add("records without H100 equivalents left out");
            return Optional.empty();
        }
        Optional<Double> before = upgrades.predecessorH100e(row);
        if (before.isPresent()) {
            double growth = h100e - before.get();
            if (growth <= 0) {
                tally.add("upgrade records adding no compute left out");
                return Optional.empty();
            }
            tally.add("upgrade records counted as their growth over the record they upgrade");
            count = Math.round(count * growth / h100e);
            h100e = growth;
        }
        Optional<String> destination = destination(row);
        if (destination.isEmpty()) {
            tally.add("records without a country or a known owner left out");
            return Optional.empty();
        }
        List<String> ownerList = owners(row);
        String owner = ownerList.isEmpty() ? "" : ownerList.get(0);
        return Optional.of(new ClusterSite(row.line(), row.get("Name"), ownerList, destination.get(), buyer(row, owner),
                headquarters(row, owner, destination.get()), items.item(chip, count, h100e),
                items.quantity(chip, count, h100e), h100e, operational(row), row.get("Status").equals("Planned")));
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
        List<String> ownerList = owners(row);
        Optional<String> atHeadquarters = ownerList.isEmpty() ? Optional.empty() : owners.headquarters(ownerList.get(0));
        atHeadquarters.ifPresent(hq -> tally.add("records without a country placed at their owner's headquarters"));
        return atHeadquarters;
    }

    private String buyer(CsvTable.Row row, String owner) {
        if (row.get("Name").equals(EpochClusters.ANONYMISED)) {
            tally.add("anonymised Chinese systems, each a buyer of its own headquartered in China");
            return EpochClusters.ANONYMISED + " (line " + row.line() + ")";
        }
        return owner.isEmpty() ? row.get("Name") + " (owner not stated)" : owner;
    }

    private String headquarters(CsvTable.Row row, String owner, String destination) {
        if (row.get("Name").equals(EpochClusters.ANONYMISED)) {
            return "CN";
        }
        Optional<String> hq = owners.headquarters(owner);
        if (hq.isEmpty()) {
            tally.add("owners not in the headquarters crosswalk, defaulted to the destination country");
        }
        return hq.orElse(destination);
    }

    private static Optional<LocalDate> operational(CsvTable.Row row) {
        String date = row.get("First Operational Date").strip();
        if (!date.isEmpty()) {
            return Optional.of(LocalDate.parse(date));
        }
        return PlannedDate.parse(row.get("First Operational Date Note"));
    }

    private static List<String> owners(CsvTable.Row row) {
        return Arrays.stream(row.get("Owner").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
