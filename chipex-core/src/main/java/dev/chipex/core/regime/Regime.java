package dev.chipex.core.regime;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A named, versioned export-control regime, as loaded (with everything it extends merged in).
 * Immutable; compile it with {@code DecisionEngine.of(regime)} to decide transactions.
 *
 * @param tiers the regime's tier groups, most favoured first; they must never overlap
 */
public record Regime(String id, String title, String citation, String version, List<StatusPeriod> statuses,
                     Optional<LocalDate> effective, Optional<LocalDate> compliance, Optional<String> extendsId,
                     List<String> assumptions, List<String> tiers, Map<String, GroupDefinition> groups,
                     Map<String, Parameter> parameters, List<Control> controls,
                     List<LicenseExceptionRule> exceptions, List<AllocationRule> allocations,
                     List<Agreement> agreements, List<Deal> deals, Optional<ModelWeightsRule> modelWeights,
                     String source) {
    public Regime {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(version, "version");
        statuses = List.copyOf(statuses);
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(compliance, "compliance");
        Objects.requireNonNull(extendsId, "extendsId");
        assumptions = List.copyOf(assumptions);
        tiers = List.copyOf(tiers);
        groups = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(groups));
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        controls = List.copyOf(controls);
        exceptions = List.copyOf(exceptions);
        allocations = List.copyOf(allocations);
        agreements = List.copyOf(agreements);
        deals = List.copyOf(deals);
        Objects.requireNonNull(modelWeights, "modelWeights");
        Objects.requireNonNull(source, "source");
    }

    /** The status in force on the date (the latest period starting on or before it). */
    public Optional<RegimeStatus> statusOn(LocalDate date) {
        RegimeStatus found = null;
        for (StatusPeriod p : statuses) {
            if (p.from().map(f -> !date.isBefore(f)).orElse(true)) {
                found = p.status();
            }
        }
        return Optional.ofNullable(found);
    }

    /** A copy with more agreements: what the ledger's recorded agreements add to the regime. */
    public Regime withAgreements(List<Agreement> more) {
        var all = new java.util.ArrayList<>(agreements);
        all.addAll(more);
        return new Regime(id, title, citation, version, statuses, effective, compliance, extendsId, assumptions,
                tiers, groups, parameters, controls, exceptions, allocations, all, deals, modelWeights, source);
    }

    /** A copy with one parameter replaced: for reforms, what-ifs and property tests. */
    public Regime withParameter(Parameter parameter) {
        var all = new java.util.LinkedHashMap<>(parameters);
        all.put(parameter.name(), parameter);
        return new Regime(id, title, citation, version, statuses, effective, compliance, extendsId, assumptions,
                tiers, groups, all, controls, exceptions, allocations, agreements, deals, modelWeights, source);
    }

    /** A copy with one group replaced. */
    public Regime withGroup(GroupDefinition group) {
        var all = new java.util.LinkedHashMap<>(groups);
        all.put(group.id(), group);
        return new Regime(id, title, citation, version, statuses, effective, compliance, extendsId, assumptions,
                tiers, all, parameters, controls, exceptions, allocations, agreements, deals, modelWeights, source);
    }
}
