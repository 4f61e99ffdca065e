package dev.chipex.sim.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chipex.sim.CountryYear;

import java.util.List;

/**
 * A regime's {@code countries} array: per destination and year, demand, shipped, blocked,
 * licensed H100e, license applications and quota used, and the day the country's allocation ran out
 * (null when it did not).
 */
final class CountriesJson {
    private CountriesJson() {
    }

    static void put(ArrayNode array, List<CountryYear> countries, int runs) {
        for (CountryYear c : countries) {
            ObjectNode node = array.addObject();
            node.put("country", c.country());
            node.put("year", c.year());
            ComparisonJson.put(node, "demandH100e", c.demandH100e(), runs);
            ComparisonJson.put(node, "shippedH100e", c.shippedH100e(), runs);
            ComparisonJson.put(node, "blockedH100e", c.blockedH100e(), runs);
            ComparisonJson.put(node, "licensedH100e", c.licensedH100e(), runs);
            ComparisonJson.put(node, "licenseApplications", c.licenseApplications(), runs);
            ComparisonJson.put(node, "quotaUsedH100e", c.quotaUsedH100e(), runs);
            if (c.allocationExhausted().isPresent()) {
                node.put("allocationExhausted", c.allocationExhausted().get().toString());
            } else {
                node.putNull("allocationExhausted");
            }
        }
    }
}
