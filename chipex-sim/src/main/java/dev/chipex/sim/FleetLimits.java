package dev.chipex.sim;

import dev.chipex.core.ledger.FleetShareRules;
import dev.chipex.core.regime.GroupResolver;
import dev.chipex.core.regime.Regime;
import dev.chipex.core.regime.RegimeCatalog;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A regime's fleet-share limits on validated end users (15 CFR 748.15 as the regime sets them), as
 * {@code chipex ledger veu check} reads them: {@link FleetShareRules} on a date. A regime without a
 * UVEU authorization sets none ({@link #binds()} false); its fleets are still measured, against
 * the Diffusion rule's tiers when it has none of its own. Rules are worked out once per date and home
 * and shared by every run (runs go in parallel), from one group resolver: what
 * {@link FleetShareRules#fromRegime} does, without resolving the groups again for every date.
 */
final class FleetLimits {
    private static final Regime DIFFUSION = RegimeCatalog.builtIn().get("ai-diffusion-2025");

    private final Regime source;
    private final GroupResolver groups;
    private final boolean binds;
    private final Map<String, Map<LocalDate, FleetShareRules>> rules = new ConcurrentHashMap<>();

    private FleetLimits(Regime source, boolean binds) {
        this.source = source;
        this.groups = GroupResolver.of(source);
        this.binds = binds;
    }

    static FleetLimits of(Regime regime) {
        boolean uveu = regime.exceptions().stream().anyMatch(e -> e.code().equals("UVEU"));
        boolean measurable = regime.tiers().containsAll(java.util.List.of("tier1", "tier2"))
                && java.util.stream.Stream.of("uveu-min-tier1-share", "uveu-max-country-share", "uveu-min-home-share")
                .allMatch(regime.parameters()::containsKey);
        return new FleetLimits(measurable ? regime : DIFFUSION, uveu && measurable);
    }

    /** Whether the regime authorizes UVEU deployments within fleet-share limits. */
    boolean binds() {
        return binds;
    }

    /** The limits on the date for a company headquartered at {@code home}. */
    FleetShareRules on(LocalDate date, String home) {
        return rules.computeIfAbsent(home, h -> new ConcurrentHashMap<>()).computeIfAbsent(date, d -> new FleetShareRules(
                groups.members("tier1", date),
                groups.members("tier2", date), share("uveu-min-tier1-share", date),
                share("uveu-max-country-share", date), Optional.of(home),
                home.equals("US") ? share("uveu-min-home-share", date) : 0));
    }

    private double share(String parameter, LocalDate date) {
        return source.parameters().get(parameter).valueOn(date).orElse(0);
    }

    Set<String> tier1(LocalDate date) {
        return on(date, "").tier1();
    }

    Set<String> tier2(LocalDate date) {
        return on(date, "").tier2();
    }
}
