package dev.chipex.sim.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chipex.sim.FleetResult;

import java.util.List;

/**
 * A regime's {@code fleets} array: per fleet holder (a buyer claiming UVEU), its installed compute
 * at the end and its shares in the United States, in Tier 1, outside Tier 1 and in each Tier 2
 * country, the regime's limits ({@code limits} null when it sets none) and, under {@code bound},
 * the H100e each fleet-share rule kept from a UVEU deployment (decided without the claim instead).
 */
final class FleetsJson {
    private FleetsJson() {
    }

    static void put(ArrayNode array, List<FleetResult> fleets, int runs) {
        for (FleetResult f : fleets) {
            ObjectNode node = array.addObject();
            node.put("holder", f.holder());
            node.put("home", f.home());
            ComparisonJson.put(node, "fleetH100e", f.fleetH100e(), runs);
            ComparisonJson.put(node, "shareUs", f.usShare(), runs);
            ComparisonJson.put(node, "shareTier1", f.tier1Share(), runs);
            ComparisonJson.put(node, "shareOutsideTier1", f.outsideTier1Share(), runs);
            ComparisonJson.putAll(node.putObject("shareByTier2Country"), f.tier2Shares(), runs);
            if (f.limits().isPresent()) {
                ObjectNode limits = node.putObject("limits");
                limits.put("minTier1Share", f.limits().get().minTier1Share());
                limits.put("maxTier2CountryShare", f.limits().get().maxTier2CountryShare());
                limits.put("minHomeShare", f.limits().get().minHomeShare());
            } else {
                node.putNull("limits");
            }
            ComparisonJson.putAll(node.putObject("boundH100e"), f.boundH100e(), runs);
        }
    }
}
