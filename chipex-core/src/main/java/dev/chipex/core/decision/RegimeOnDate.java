package dev.chipex.core.decision;

import dev.chipex.core.regime.Agreement;
import dev.chipex.core.regime.AllocationRule;
import dev.chipex.core.regime.Condition;
import dev.chipex.core.regime.Control;
import dev.chipex.core.regime.GroupResolver;
import dev.chipex.core.regime.LicenseExceptionRule;
import dev.chipex.core.regime.Parameter;
import dev.chipex.core.regime.Regime;
import dev.chipex.core.regime.RegimeStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A regime as it stands during one span of dates between its change dates (in the spirit of
 * OpenFisca's parameters at an instant): every control in order, whether it is in force, and the
 * exceptions and authorizations that can overcome it; every named group resolved to its members;
 * each country's tier; every parameter's value. Nothing in a regime changes inside a span, so the
 * engine decides every shipment of the span against one of these. Immutable.
 */
public final class RegimeOnDate {
    /** A control in the span, with the rules that can overcome it in priority order. */
    public record ControlOnDate(Control control, boolean inForce, List<RuleOnDate> overcomeBy,
                                Optional<AllocationRule> allocation) {
        public ControlOnDate {
            overcomeBy = List.copyOf(overcomeBy);
        }
    }

    /** A license exception, authorization or deal in the span. */
    public record RuleOnDate(LicenseExceptionRule rule, boolean inForce) {
    }

    private final Regime regime;
    private final LocalDate date;
    private final GroupResolver resolver;
    private final List<ControlOnDate> controls;
    private final Map<String, LicenseExceptionRule> rulesById = new HashMap<>();
    private final Map<String, AllocationRule> allocations = new HashMap<>();
    private final Map<String, Set<String>> members = new HashMap<>();
    private final Map<String, String> tierOf = new HashMap<>();
    private final Map<String, Double> tpp = new HashMap<>();

    /**
     * @param date  any date of the span: the regime is the same on all of them
     * @param rules the regime's exceptions, authorizations and deals, in priority order
     */
    RegimeOnDate(Regime regime, List<LicenseExceptionRule> rules, GroupResolver resolver, LocalDate date,
                 double h100eTpp) {
        this.regime = regime;
        this.date = date;
        this.resolver = resolver;
        regime.allocations().forEach(a -> allocations.put(a.id(), a));
        List<ControlOnDate> controls = new ArrayList<>();
        for (Control c : regime.controls()) {
            List<RuleOnDate> overcomeBy = new ArrayList<>();
            for (LicenseExceptionRule rule : rules) {
                if (rule.overcomes(c.id())) {
                    overcomeBy.add(new RuleOnDate(rule, rule.validity().activeOn(date)));
                }
            }
            controls.add(new ControlOnDate(c, c.validity().activeOn(date), overcomeBy,
                    c.allocation().map(allocations::get)));
            resolveAll(c.conditions());
            c.review().forEach(r -> resolveAll(r.conditions()));
        }
        this.controls = List.copyOf(controls);
        for (LicenseExceptionRule rule : rules) {
            rulesById.put(rule.id(), rule);
            resolveAll(rule.conditions());
        }
        regime.allocations().forEach(a -> resolve(a.group()));
        for (String tier : regime.tiers()) {
            for (String country : resolve(tier)) {
                tierOf.putIfAbsent(country, tier);
            }
        }
        for (Parameter p : regime.parameters().values()) {
            tpp.put(p.name(), p.tppOn(date, h100eTpp).orElse(0));
        }
    }

    private void resolveAll(List<Condition> conditions) {
        conditions.forEach(c -> c.groups().forEach(this::resolve));
    }

    private Set<String> resolve(String name) {
        return members.computeIfAbsent(name, n -> resolver.members(n, date));
    }

    public Regime regime() {
        return regime;
    }

    /** The regime's legal status in the span (in force, not enforced, rescinded, hypothetical), if it states one. */
    public Optional<RegimeStatus> status() {
        return regime.statusOn(date);
    }

    /** Every control of the regime in the order they are consulted, in force or not. */
    public List<ControlOnDate> controls() {
        return controls;
    }

    public Optional<Control> control(String id) {
        return controls.stream().map(ControlOnDate::control).filter(c -> c.id().equals(id)).findFirst();
    }

    /** The exception, authorization or deal with this id. */
    public Optional<LicenseExceptionRule> rule(String id) {
        return Optional.ofNullable(rulesById.get(id));
    }

    public Optional<AllocationRule> allocation(String id) {
        return Optional.ofNullable(allocations.get(id));
    }

    /** Whether the country is in the named group (regime group, EAR group or country code) in this span. */
    public boolean contains(String group, String country) {
        Set<String> known = members.get(group);
        return (known != null ? known : resolver.members(group, date)).contains(country);
    }

    /** The country's tier (the first tier group holding it), empty when it is in none. */
    public Optional<String> tierOf(String country) {
        return Optional.ofNullable(tierOf.get(country));
    }

    /** The regime's tiers as a determination records them: {@code destination} and {@code headquarters}, each when known. */
    Map<String, String> tiers(Transaction t) {
        if (regime.tiers().isEmpty()) {
            return Map.of();
        }
        String destination = tierOf.get(t.destination());
        String hq = tierOf.get(t.consigneeHeadquarters());
        String parent = t.parentHeadquarters().map(tierOf::get).orElse(null);
        if (parent != null && (hq == null || regime.tiers().indexOf(parent) > regime.tiers().indexOf(hq))) {
            hq = parent;
        }
        Map<String, String> tiers = new HashMap<>();
        if (destination != null) {
            tiers.put("destination", destination);
        }
        if (hq != null) {
            tiers.put("headquarters", hq);
        }
        return Map.copyOf(tiers);
    }

    /** The parameter's value in the span; empty when it has none yet. */
    public OptionalDouble value(String parameter) {
        return regime.parameters().get(parameter).valueOn(date);
    }

    /** The parameter's value in TPP (H100-equivalents converted), 0 when it has none yet. */
    double tpp(String parameter) {
        return tpp.get(parameter);
    }

    /**
     * The country's cap under the allocation in whole TPP, with its agreement multiplier and
     * country factor; each parameter used is put in {@code used} with its value.
     */
    public long allocationCapacityTpp(AllocationRule rule, String country, Map<String, ParameterValue> used) {
        double factor = rule.countryFactors().getOrDefault(country, 1.0);
        boolean agreement = hasAgreement(country, rule.agreementKind());
        used.put(rule.capacityParameter(), new ParameterValue.Tpp(tpp(rule.capacityParameter())));
        if (factor != 1.0) {
            used.put(rule.id() + ".countryFactor." + country, new ParameterValue.Factor(factor));
        }
        used.put(rule.id() + ".agreement", new ParameterValue.Agreement(
                agreement ? Optional.of(rule.agreementKind()) : Optional.empty(), rule.agreementMultiplier()));
        return (long) Math.floor(tpp.get(rule.capacityParameter()) * factor
                * (agreement ? rule.agreementMultiplier() : 1.0));
    }

    /** Whether the allocation is in force and covers the country in this span. */
    boolean covers(AllocationRule rule, String country) {
        return rule.validity().activeOn(date) && contains(rule.group(), country);
    }

    private boolean hasAgreement(String country, String kind) {
        for (Agreement a : regime.agreements()) {
            if (a.country().equals(country) && a.kind().equals(kind) && a.validity().activeOn(date)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return regime.id() + " on " + date;
    }
}
