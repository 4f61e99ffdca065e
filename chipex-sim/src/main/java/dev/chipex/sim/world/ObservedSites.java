package dev.chipex.sim.world;

import dev.chipex.core.csv.CsvTable;
import dev.chipex.sim.demand.ClusterSite;
import dev.chipex.sim.demand.Tally;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The sites the cluster file and the data-centre file record or plan, as dated demand: a site's
 * compute (a data centre's growth between two dated states) is shipped over the four quarters up to
 * {@code leadDays} before it works, and counts for a named owner when any of its owners is one, else
 * for "Other". Where both files hold the same owner, country and year, the file with more compute there
 * is kept and the other's sites in it dropped, so a site both record counts once.
 */
final class ObservedSites {
    /** Compute of one site in one quarter. */
    record Site(String owner, String buyer, String headquarters, String country, Quarter quarter, double h100e,
                String file) {
    }

    private static final String CLUSTERS = "gpu-clusters";
    private static final String DATA_CENTERS = "data-centers";

    private final OwnerGroups groups;
    private final Set<String> excluded;
    private final int leadDays;
    private final LocalDate plannedUndated;
    private final Tally tally;
    private final List<Site> sites = new ArrayList<>();

    private ObservedSites(OwnerGroups groups, Set<String> excluded, int leadDays, LocalDate plannedUndated, Tally tally) {
        this.groups = groups;
        this.excluded = excluded;
        this.leadDays = leadDays;
        this.plannedUndated = plannedUndated;
        this.tally = tally;
    }

    /** Sites of both files outside {@code excluded} countries, each file's quirks counted in {@code tally}. */
    static List<Site> read(List<ClusterSite> clusters, CsvTable timelines, OwnerGroups groups, Set<String> excluded,
                           int leadDays, LocalDate plannedUndated, Tally tally) {
        ObservedSites read = new ObservedSites(groups, excluded, leadDays, plannedUndated, tally);
        clusters.forEach(read::cluster);
        read.dataCenters(timelines);
        return read.deduplicated();
    }

    private void cluster(ClusterSite site) {
        if (site.operational().isEmpty() && !site.planned()) {
            return;
        }
        if (site.operational().isEmpty()) {
            tally.add("planned cluster sites without a year dated " + plannedUndated);
        }
        Optional<String> group = groups.group(site.owners());
        String buyer = group.orElse(site.buyer());
        String hq = group.map(groups::headquarters).orElse(site.headquarters());
        place(group.orElse(ChipOwners.OTHER), buyer, hq, site.destination(), site.operational().orElse(plannedUndated),
                site.h100e(), CLUSTERS);
    }

    private void dataCenters(CsvTable timelines) {
        Map<String, List<CsvTable.Row>> bySite = new TreeMap<>();
        timelines.rows().forEach(r -> bySite.computeIfAbsent(r.get("site"), s -> new ArrayList<>()).add(r));
        bySite.values().forEach(rows -> {
            rows.sort(Comparator.comparing(r -> LocalDate.parse(r.get("date"))));
            CsvTable.Row first = rows.get(0);
            if (first.get("country").isBlank()) {
                tally.add("data-centre sites without a country (not in data_centers.csv) left out");
                return;
            }
            String owner = OwnerGroups.strip(first.get("owner").split(",")[0]);
            Optional<String> group = groups.group(List.of(first.get("owner").split(",")));
            String buyer = group.orElse(owner.isEmpty() ? first.get("site") + " (owner not stated)" : owner);
            String hq = group.map(groups::headquarters)
                    .or(() -> groups.headquartersOfOther(owner)).orElse(first.get("country"));
            double before = 0;
            for (CsvTable.Row row : rows) {
                if (row.get("h100e").isBlank()) {
                    tally.add("data-centre milestones without H100 equivalents skipped");
                    continue;
                }
                double now = Double.parseDouble(row.get("h100e"));
                if (now > before) {
                    place(group.orElse(ChipOwners.OTHER), buyer, hq, first.get("country"), LocalDate.parse(row.get("date")),
                            now - before, DATA_CENTERS);
                }
                before = Math.max(before, now);
            }
        });
    }

    private void place(String owner, String buyer, String hq, String country, LocalDate operational, double h100e,
                       String file) {
        if (excluded.contains(country)) {
            tally.add("recorded sites in China, Hong Kong, Macau or Tier 3 left to the China model or out");
            return;
        }
        Quarter shipped = Quarter.of(operational.minusDays(leadDays));
        boolean early = false;
        boolean late = false;
        for (int i = 3; i >= 0; i--) {
            Quarter q = Quarter.at(shipped.index() - i);
            if (q.index() < 0) {
                early = true;
            } else if (q.compareTo(Quarter.LAST) > 0) {
                late = true;
            } else {
                sites.add(new Site(owner, buyer, hq, country, q, h100e / 4, file));
            }
        }
        if (early) {
            tally.add("recorded sites partly shipped before 2025 (that part is in the sales data's stock)");
        }
        if (late) {
            tally.add("planned sites partly shipped after 2030 (that part left out)");
        }
    }

    private List<Site> deduplicated() {
        Map<String, Map<String, Double>> byCell = new HashMap<>();
        for (Site s : sites) {
            byCell.computeIfAbsent(cell(s), c -> new HashMap<>()).merge(s.file(), s.h100e(), Double::sum);
        }
        List<Site> kept = new ArrayList<>();
        for (Site s : sites) {
            Map<String, Double> files = byCell.get(cell(s));
            String other = s.file().equals(CLUSTERS) ? DATA_CENTERS : CLUSTERS;
            double mine = files.get(s.file());
            double theirs = files.getOrDefault(other, 0.0);
            if (theirs > mine || (theirs == mine && s.file().equals(DATA_CENTERS))) {
                tally.add("site-quarters dropped where the other file holds more of that owner, country and year");
            } else {
                kept.add(s);
            }
        }
        return kept;
    }

    private static String cell(Site s) {
        return s.owner() + "|" + s.country() + "|" + s.quarter().year();
    }
}
