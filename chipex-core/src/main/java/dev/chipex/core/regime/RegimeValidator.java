package dev.chipex.core.regime;

import dev.chipex.core.country.CountryCatalog;
import dev.chipex.core.country.DatedMembership;
import dev.chipex.core.country.EarCountryGroups;
import dev.chipex.core.country.EarCountryGroup;
import dev.chipex.core.problem.Problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Checks a merged regime for problems that no single element shows on its own. */
final class RegimeValidator {
    private final CountryCatalog countries;
    private final EarCountryGroups earGroups;
    private final List<Problem> problems;

    RegimeValidator(CountryCatalog countries, EarCountryGroups earGroups, List<Problem> problems) {
        this.countries = countries;
        this.earGroups = earGroups;
        this.problems = problems;
    }

    void validate(RegimeDraft regime) {
        GroupResolver resolver = new GroupResolver(regime.groups, regime.agreements, earGroups, countries);
        checkGroups(regime, resolver);
        checkRules(regime, resolver);
        checkParameters(regime);
        checkPriorities(regime);
        if (problems.isEmpty()) {
            checkTiers(regime, resolver);
        }
    }

    private void checkGroups(RegimeDraft regime, GroupResolver resolver) {
        regime.groups.values().forEach(g -> {
            for (String ref : g.references()) {
                if (!resolver.isKnown(ref)) {
                    problems.add(regime.at("groups:" + g.id(), unknownGroup(ref, regime)));
                }
            }
            resolver.cycle(g.id()).ifPresent(chain -> problems.add(regime.at("groups:" + g.id(),
                    "group '" + g.id() + "' is defined in terms of itself: " + String.join(" -> ", chain))));
        });
    }

    private void checkRules(RegimeDraft regime, GroupResolver resolver) {
        regime.reviewAmendments.keySet().stream().filter(id -> !regime.controls.containsKey(id)).forEach(id ->
                problems.add(regime.at("reviewAmendments:" + id, "unknown control '" + id
                        + "' in 'reviewAmendments'; known controls: " + regime.controls.keySet())));
        regime.controls.values().forEach(c -> {
            checkConditions(regime, "controls:" + c.id(), c.conditions(), resolver);
            c.review().forEach(r -> checkConditions(regime, "controls:" + c.id(), r.conditions(), resolver));
            c.allocation().filter(a -> !regime.allocations.containsKey(a)).ifPresent(a -> problems.add(regime.at(
                    "controls:" + c.id(), "unknown allocation '" + a + "'; define it under 'allocations'")));
        });
        regime.exceptions.values().forEach(e -> {
            checkConditions(regime, "exceptions:" + e.id(), e.conditions(), resolver);
            for (String control : e.overcomes()) {
                if (!regime.controls.containsKey(control)) {
                    problems.add(regime.at("exceptions:" + e.id(), "unknown control '" + control
                            + "' in 'overcomes'; known controls: " + regime.controls.keySet()));
                }
            }
            e.quota().ifPresent(q -> requireParameter(regime, "exceptions:" + e.id(), q.capacityParameter()));
        });
        regime.allocations.values().forEach(a -> {
            if (!resolver.isKnown(a.group())) {
                problems.add(regime.at("allocations:" + a.id(), unknownGroup(a.group(), regime)));
            }
            requireParameter(regime, "allocations:" + a.id(), a.capacityParameter());
        });
        regime.deals.values().forEach(d -> {
            requireParameter(regime, "deals:" + d.id(), d.quotaParameter());
            d.overcomes().stream().filter(c -> !regime.controls.containsKey(c)).forEach(c -> problems.add(regime.at(
                    "deals:" + d.id(), "unknown control '" + c + "' in 'overcomes'; known controls: " + regime.controls.keySet())));
        });
        regime.modelWeights.ifPresent(w -> requireParameter(regime, "modelWeights", w.thresholdParameter()));
    }

    private void checkConditions(RegimeDraft regime, String where, List<Condition> conditions, GroupResolver resolver) {
        for (Condition c : conditions) {
            for (String group : groupsOf(c)) {
                if (!resolver.isKnown(group)) {
                    problems.add(regime.at(where, unknownGroup(group, regime)));
                }
            }
        }
    }

    private static List<String> groupsOf(Condition c) {
        if (c instanceof Condition.DestinationIn d) {
            return d.groups();
        } else if (c instanceof Condition.DestinationNotIn d) {
            return d.groups();
        } else if (c instanceof Condition.HeadquartersIn h) {
            return h.groups();
        } else if (c instanceof Condition.HeadquartersNotIn h) {
            return h.groups();
        } else if (c instanceof Condition.HeadquartersOnlyIn h) {
            return h.groups();
        }
        return List.of();
    }

    private void requireParameter(RegimeDraft regime, String where, String name) {
        if (!regime.parameters.containsKey(name)) {
            problems.add(regime.at(where, "unknown parameter '" + name + "'; define it under 'parameters'"));
        }
    }

    private void checkParameters(RegimeDraft regime) {
        regime.parameters.values().forEach(p -> p.values().stream().filter(v -> v.value() < 0).findFirst()
                .ifPresent(v -> problems.add(regime.at("parameters:" + p.name(), "parameter '" + p.name()
                        + "' has a negative value (" + v.value() + "); quotas and thresholds must be 0 or more"))));
    }

    /** Two exceptions that can overcome the same control need distinct, declared priorities. */
    private void checkPriorities(RegimeDraft regime) {
        List<LicenseExceptionRule> rules = new ArrayList<>(regime.exceptions.values());
        for (int i = 0; i < rules.size(); i++) {
            for (int j = i + 1; j < rules.size(); j++) {
                LicenseExceptionRule a = rules.get(i);
                LicenseExceptionRule b = rules.get(j);
                if (!overlap(a, b, regime)) {
                    continue;
                }
                boolean declared = regime.explicitPriority.getOrDefault(a.id(), false)
                        && regime.explicitPriority.getOrDefault(b.id(), false);
                if (!declared || a.priority() == b.priority()) {
                    problems.add(regime.at("exceptions:" + b.id(), "exceptions '" + a.id() + "' and '" + b.id()
                            + "' overcome the same control without distinct declared priorities; give each a "
                            + "'priority' (lower is tried first)"));
                }
            }
        }
    }

    private static boolean overlap(LicenseExceptionRule a, LicenseExceptionRule b, RegimeDraft regime) {
        return regime.controls.keySet().stream().anyMatch(c -> a.overcomes(c) && b.overcomes(c));
    }

    /** The tier groups must never share a country, on any date where membership can change. */
    private void checkTiers(RegimeDraft regime, GroupResolver resolver) {
        for (String tier : regime.tiers) {
            if (!regime.groups.containsKey(tier)) {
                problems.add(regime.at("tiers", "tier '" + tier + "' is not a group of this regime; define it under 'groups'"));
                return;
            }
        }
        for (LocalDate date : changeDates(regime)) {
            if (regime.effective.isPresent() && date.isBefore(regime.effective.get())) {
                continue; // before the regime exists its tiers need not be disjoint
            }
            for (int i = 0; i < regime.tiers.size(); i++) {
                for (int j = i + 1; j < regime.tiers.size(); j++) {
                    Set<String> both = new TreeSet<>(resolver.members(regime.tiers.get(i), date));
                    both.retainAll(resolver.members(regime.tiers.get(j), date));
                    if (!both.isEmpty()) {
                        problems.add(regime.at("groups:" + regime.tiers.get(j), "countries " + both + " are in both '"
                                + regime.tiers.get(i) + "' and '" + regime.tiers.get(j) + "' on " + date
                                + "; a country can be in one tier only: remove it from one of them"));
                        return;
                    }
                }
            }
        }
    }

    private Set<LocalDate> changeDates(RegimeDraft regime) {
        Set<LocalDate> dates = new TreeSet<>();
        dates.add(LocalDate.of(2025, 1, 15));
        regime.effective.ifPresent(dates::add);
        regime.compliance.ifPresent(dates::add);
        regime.groups.values().forEach(g -> g.countries().forEach(m -> add(dates, m)));
        regime.agreements.forEach(a -> {
            a.validity().from().ifPresent(dates::add);
            a.validity().until().ifPresent(dates::add);
        });
        for (EarCountryGroup g : earGroups.all()) {
            g.members().forEach(m -> add(dates, m));
        }
        return dates;
    }

    private static void add(Set<LocalDate> dates, DatedMembership m) {
        m.from().ifPresent(dates::add);
        m.until().ifPresent(dates::add);
    }

    private String unknownGroup(String name, RegimeDraft regime) {
        List<String> known = new ArrayList<>(regime.groups.keySet());
        earGroups.all().forEach(g -> known.add(g.id()));
        return "unknown group or country '" + name + "'; use a group of this regime, an EAR group or an ISO code: "
                + known + dev.chipex.core.text.Suggestions.didYouMean(name, known);
    }
}
