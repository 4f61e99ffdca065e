package dev.chipex.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.chipex.core.regime.GroupResolver;
import dev.chipex.core.regime.Regime;
import dev.chipex.core.regime.RegimeCatalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A country's tier under one built-in regime that sorts countries into tiers, with that regime's status on the date. */
@JsonPropertyOrder({"regime", "tier", "title", "status"})
record CountryTierView(String regime, String tier, String title, String status) {

    static List<CountryTierView> of(String country, LocalDate on) {
        List<CountryTierView> tiers = new ArrayList<>();
        for (Regime r : RegimeCatalog.builtIn().all()) {
            if (r.tiers().isEmpty()) {
                continue;
            }
            GroupResolver groups = GroupResolver.of(r);
            String status = r.statusOn(on).map(Object::toString).orElse("not yet in force");
            String tier = r.tiers().stream().filter(t -> groups.contains(t, country, on)).findFirst().orElse(null);
            tiers.add(new CountryTierView(r.id(), tier == null ? "none" : tier,
                    tier == null ? "in none of the regime's tiers" : r.groups().get(tier).title(), status));
        }
        return tiers;
    }
}
