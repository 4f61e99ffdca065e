package dev.chipex.sim.world;

import dev.chipex.core.country.Country;
import dev.chipex.core.country.CountryCatalog;
import dev.chipex.core.csv.CsvTable;
import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.decision.RegimeOnDate;
import dev.chipex.core.regime.RegimeCatalog;
import dev.chipex.sim.demand.ClusterSite;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which countries the world demand spreads over, and the cluster figures the country model and
 * the size law are fitted on. The sales data count legal sales, so Tier 3 destinations (the
 * Diffusion rule's, on its publication date) get none, Hong Kong and Macau none apart from China's.
 */
final class EligibleCountries {
    private static final LocalDate TIERS_ON = LocalDate.of(2025, 1, 15);
    private static final Set<String> CHINA = Set.of("CN", "HK", "MO");

    private EligibleCountries() {
    }

    static Set<String> excluded() {
        RegimeOnDate diffusion = DecisionEngine.of(RegimeCatalog.builtIn().get("ai-diffusion-2025")).onDate(TIERS_ON);
        Set<String> out = new TreeSet<>(CHINA);
        for (Country c : CountryCatalog.bundled().all()) {
            if (diffusion.tierOf(c.code()).filter("tier3"::equals).isPresent()) {
                out.add(c.code());
            }
        }
        return out;
    }

    static Set<String> eligible(CsvTable countries, Set<String> excluded) {
        Set<String> out = new TreeSet<>();
        for (CsvTable.Row row : countries.rows()) {
            String code = row.get("country");
            if (CountryCatalog.bundled().isKnownCode(code) && !excluded.contains(code)) {
                out.add(code);
            }
        }
        return out;
    }

    /** Countries neither excluded nor in the GDP and population table. */
    static int withoutData(CsvTable countries, Set<String> excluded) {
        Set<String> inTable = new TreeSet<>();
        countries.rows().forEach(r -> inTable.add(r.get("country")));
        return (int) CountryCatalog.bundled().all().stream().map(Country::code)
                .filter(c -> !excluded.contains(c) && !inTable.contains(c)).count();
    }

    /** H100e of the existing clusters that started from 2019, by country, China's left out. */
    static Map<String, Double> recorded(List<ClusterSite> clusters) {
        Map<String, Double> out = new TreeMap<>();
        for (ClusterSite s : clusters) {
            boolean recent = s.operational().filter(d -> d.getYear() >= 2019).isPresent();
            if (!s.planned() && recent && !CHINA.contains(s.destination())) {
                out.merge(s.destination(), s.h100e(), Double::sum);
            }
        }
        return out;
    }

    /** The sizes of the clusters, built or planned, that work from 2023 on. */
    static List<Double> sizes(List<ClusterSite> clusters) {
        return clusters.stream().filter(s -> s.operational().filter(d -> d.getYear() >= 2023).isPresent())
                .map(ClusterSite::h100e).toList();
    }
}
