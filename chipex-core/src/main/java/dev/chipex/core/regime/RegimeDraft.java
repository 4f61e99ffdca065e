package dev.chipex.core.regime;

import dev.chipex.core.problem.Problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A regime file as written, before the regime it extends is merged in. Mutable while parsing
 * and merging only; {@link #toRegime()} freezes it. {@code locations} remember where each
 * element was written, so that validation can point at the file and line.
 */
final class RegimeDraft {
    String id = "";
    String title = "";
    String citation = "";
    String version = "";
    List<StatusPeriod> statuses = new ArrayList<>();
    Optional<LocalDate> effective = Optional.empty();
    Optional<LocalDate> compliance = Optional.empty();
    Optional<String> extendsId = Optional.empty();
    List<String> assumptions = new ArrayList<>();
    List<String> tiers = new ArrayList<>();
    List<String> removals = new ArrayList<>();
    Map<String, GroupDefinition> groups = new LinkedHashMap<>();
    Map<String, Parameter> parameters = new LinkedHashMap<>();
    Map<String, Control> controls = new LinkedHashMap<>();
    Map<String, LicenseExceptionRule> exceptions = new LinkedHashMap<>();
    Map<String, AllocationRule> allocations = new LinkedHashMap<>();
    List<Agreement> agreements = new ArrayList<>();
    Map<String, Deal> deals = new LinkedHashMap<>();
    Optional<ModelWeightsRule> modelWeights = Optional.empty();
    Optional<LocalDate> replacesParentFrom = Optional.empty();
    Map<String, List<ReviewRule>> reviewAmendments = new LinkedHashMap<>();
    Map<String, Problem> locations = new LinkedHashMap<>();
    Map<String, Boolean> explicitPriority = new LinkedHashMap<>();
    String source = "";

    /** Where the element was written, as a problem with the given message. */
    Problem at(String key, String message) {
        Problem where = locations.get(key);
        if (where == null) {
            return new Problem(source, 0, key, message);
        }
        return new Problem(where.source(), where.line(), where.path(), message);
    }

    Regime toRegime() {
        List<Control> ordered = new ArrayList<>(controls.values());
        ordered.sort(java.util.Comparator.comparingInt(Control::order));
        List<LicenseExceptionRule> rules = new ArrayList<>(exceptions.values());
        rules.sort(java.util.Comparator.comparingInt(LicenseExceptionRule::priority));
        return new Regime(id, title, citation, version, statuses, effective, compliance, extendsId, assumptions,
                tiers, groups, parameters, ordered, rules, List.copyOf(allocations.values()), agreements,
                List.copyOf(deals.values()), modelWeights, source);
    }
}
