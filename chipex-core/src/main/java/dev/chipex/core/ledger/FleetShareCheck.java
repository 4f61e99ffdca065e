package dev.chipex.core.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Every fleet-share rule checked for one deployment, with the shares the fleet would have after it. */
public record FleetShareCheck(Installation installation, List<FleetRuleCheck> checks) {
    public FleetShareCheck {
        Objects.requireNonNull(installation, "installation");
        checks = List.copyOf(checks);
    }

    public boolean allowed() {
        return checks.stream().allMatch(FleetRuleCheck::holds);
    }

    public List<FleetRuleCheck> broken() {
        return checks.stream().filter(c -> !c.holds()).collect(Collectors.toList());
    }

    /** Checks {@code installation} against the fleet installed so far (TPP by country). */
    public static FleetShareCheck of(Map<String, Long> fleet, Installation installation, FleetShareRules rules) {
        String country = installation.country();
        double total = fleet.values().stream().mapToLong(Long::longValue).sum() + (double) installation.tpp();
        long inTier1 = fleet.entrySet().stream().filter(e -> rules.tier1().contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum() + (rules.tier1().contains(country) ? installation.tpp() : 0);
        long inCountry = fleet.getOrDefault(country, 0L) + installation.tpp();
        List<FleetRuleCheck> checks = new ArrayList<>();
        boolean tier3 = !rules.tier1().contains(country) && !rules.tier2().contains(country);
        checks.add(new FleetRuleCheck("veu.no-tier3", "no deployment in a Tier 3 country (" + country + ")",
                0, tier3 ? inCountry / total : 0, !tier3));
        checks.add(new FleetRuleCheck("veu.tier1-minimum-share", "share of installed compute in Tier 1",
                rules.minimumTier1Share(), inTier1 / total, inTier1 / total >= rules.minimumTier1Share()));
        if (rules.tier2().contains(country)) {
            double share = inCountry / total;
            checks.add(new FleetRuleCheck("veu.tier2-country-maximum-share", "share of installed compute in "
                    + country, rules.maximumShareInOneTier2Country(), share,
                    share <= rules.maximumShareInOneTier2Country()));
        }
        rules.homeCountry().filter(home -> rules.minimumHomeShare() > 0).ifPresent(home -> {
            long atHome = fleet.getOrDefault(home, 0L) + (home.equals(country) ? installation.tpp() : 0);
            checks.add(new FleetRuleCheck("veu.home-minimum-share", "share of installed compute at home in " + home,
                    rules.minimumHomeShare(), atHome / total, atHome / total >= rules.minimumHomeShare()));
        });
        return new FleetShareCheck(installation, checks);
    }
}
