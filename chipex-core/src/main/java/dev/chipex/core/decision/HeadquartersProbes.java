package dev.chipex.core.decision;

import dev.chipex.core.country.Country;
import dev.chipex.core.country.CountryCatalog;
import dev.chipex.core.regime.Condition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The headquarters worth probing when two regimes are compared: a regime sees where a consignee
 * is headquartered only through its headquarters conditions and its tiers, so countries that
 * belong to the same of those groups on the date are decided alike as headquarters. One probe
 * per such set of countries, named by its first member, stands for the rest.
 */
final class HeadquartersProbes {
    /** A headquarters country to probe and the countries it stands for (itself included). */
    record Probe(String country, List<String> alike) {
        Probe {
            alike = List.copyOf(alike);
        }
    }

    private HeadquartersProbes() {
    }

    static List<Probe> of(DecisionEngine left, DecisionEngine right, LocalDate date) {
        List<Membership> names = new ArrayList<>();
        for (DecisionEngine engine : List.of(left, right)) {
            for (String name : namesSeeingHeadquarters(engine)) {
                names.add(new Membership(engine.onDate(date), name));
            }
        }
        Map<List<Boolean>, List<String>> classes = new LinkedHashMap<>();
        for (Country country : CountryCatalog.bundled().all()) {
            List<Boolean> signature = new ArrayList<>(names.size());
            for (Membership m : names) {
                signature.add(m.regime().contains(m.name(), country.code()));
            }
            classes.computeIfAbsent(signature, s -> new ArrayList<>()).add(country.code());
        }
        return classes.values().stream().map(codes -> new Probe(codes.get(0), codes)).toList();
    }

    private record Membership(RegimeOnDate regime, String name) {
    }

    /** The regime's tiers and every group named in a headquarters condition of its rules. */
    private static Set<String> namesSeeingHeadquarters(DecisionEngine engine) {
        Set<String> names = new LinkedHashSet<>(engine.regime().tiers());
        for (Condition c : engine.conditions()) {
            if (c instanceof Condition.HeadquartersIn || c instanceof Condition.HeadquartersNotIn
                    || c instanceof Condition.HeadquartersOnlyIn) {
                names.addAll(c.groups());
            }
        }
        return names;
    }
}
