package dev.chipex.sim;

import dev.chipex.core.country.Country;
import dev.chipex.core.country.CountryCatalog;
import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.decision.Determination;
import dev.chipex.core.decision.Item;
import dev.chipex.core.decision.Transaction;
import dev.chipex.core.item.CatalogChip;
import dev.chipex.core.item.ChipCatalog;
import dev.chipex.core.quota.InMemoryQuotaBook;
import dev.chipex.core.regime.Regime;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What each country effectively is under a regime, found by asking the engine: a probe shipment
 * of 10,000 NVIDIA H100 on 2026-01-01 to a local buyer, with empty quotas. The answer is
 * "license-free" or the review policy of the license it needs; the report's map shows it.
 */
public final class EffectiveTiers {
    public static final LocalDate PROBE_DATE = LocalDate.of(2026, 1, 1);
    public static final long PROBE_QUANTITY = 10_000;
    public static final String LICENSE_FREE = "license-free";

    private EffectiveTiers() {
    }

    public static Map<String, String> of(Regime regime) {
        DecisionEngine engine = DecisionEngine.of(regime);
        CatalogChip h100 = ChipCatalog.bundled().resolve("item", "NVIDIA H100 SXM");
        Item.Chips item = new Item.Chips(h100.name(), h100.spec(), 1, h100.memoryBandwidthGBs());
        Map<String, String> tiers = new TreeMap<>();
        for (Country country : CountryCatalog.bundled().all()) {
            Transaction probe = new Transaction("probe-" + country.code(), PROBE_DATE, item, PROBE_QUANTITY,
                    country.code(), "probe buyer", country.code(), Optional.empty(), Optional.empty(), Optional.empty());
            Determination d = engine.decide(probe, new InMemoryQuotaBook());
            tiers.put(country.code(), d.licenseFree() ? LICENSE_FREE : "license: " + d.policy().orElseThrow().code());
        }
        return tiers;
    }
}
