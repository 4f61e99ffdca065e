package dev.chipex.core.shipment;

import dev.chipex.core.regime.Condition;
import dev.chipex.core.regime.Control;
import dev.chipex.core.regime.LicenseExceptionRule;
import dev.chipex.core.regime.Regime;
import dev.chipex.core.regime.RegimeCatalog;
import dev.chipex.core.regime.ReviewRule;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The end uses that some regime's rules test: a declared end use outside them would silently
 * change nothing, so it is more likely a typo than a fact. Finding them loads every regime, so
 * they are asked for only when a shipment declares an end use (start-up speed: a plain check
 * loads the one regime it names).
 */
public final class EndUses {
    private EndUses() {
    }

    public static Set<String> known(RegimeCatalog catalog) {
        Set<String> uses = new TreeSet<>();
        for (Regime regime : catalog.all()) {
            for (Control control : regime.controls()) {
                collect(control.conditions(), uses);
                control.review().stream().map(ReviewRule::conditions).forEach(c -> collect(c, uses));
            }
            regime.exceptions().stream().map(LicenseExceptionRule::conditions).forEach(c -> collect(c, uses));
        }
        return uses;
    }

    private static void collect(List<Condition> conditions, Set<String> uses) {
        conditions.stream().filter(c -> c instanceof Condition.EndUseIn)
                .forEach(c -> uses.addAll(((Condition.EndUseIn) c).endUses()));
    }
}
