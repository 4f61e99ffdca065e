package dev.chipex.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.chipex.core.regime.AllocationRule;
import dev.chipex.core.regime.Cited;
import dev.chipex.core.regime.Condition;
import dev.chipex.core.regime.GroupDefinition;
import dev.chipex.core.regime.GroupResolver;
import dev.chipex.core.regime.LicenseExceptionRule;
import dev.chipex.core.regime.Numbers;
import dev.chipex.core.regime.Parameter;
import dev.chipex.core.regime.QuotaRule;
import dev.chipex.core.regime.Regime;
import dev.chipex.core.regime.RegimeCatalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What {@code chipex regimes show} reports: a regime as loaded (with what it extends merged in),
 * every rule described in words, group sizes and parameter values read on one date.
 */
@JsonPropertyOrder({"id", "title", "citation", "version", "extends", "source", "date", "status", "effective",
        "compliance", "assumptions", "tiers", "groups", "parameters", "controls", "exceptions", "allocations",
        "agreements", "deals", "modelWeights"})
record RegimeView(String id, String title, String citation, String version, @JsonProperty("extends") String extendsId, String source, String date,
                  String status, String effective, String compliance, List<String> assumptions, List<GroupView> tiers,
                  List<GroupView> groups, List<ParameterView> parameters, List<RuleView> controls,
                  List<RuleView> exceptions, List<RuleView> allocations, List<RuleView> agreements, List<RuleView> deals,
                  RuleView modelWeights) {

    @JsonPropertyOrder({"id", "title", "definition", "members", "citation", "confidence", "marks"})
    record GroupView(String id, String title, String definition, int members, String citation, String confidence,
                     String marks) {
    }

    @JsonPropertyOrder({"name", "unit", "value", "values", "description", "citation", "confidence", "marks"})
    record ParameterView(String name, String unit, String value, String values, String description, String citation,
                         String confidence, String marks) {
    }

    /** A control, exception, allocation, agreement or deal: its id, a heading and lines of detail. */
    @JsonPropertyOrder({"id", "heading", "details", "citation", "confidence", "marks"})
    record RuleView(String id, String heading, List<String> details, String citation, String confidence, String marks) {
    }

    static RegimeView of(RegimeCatalog catalog, Regime r, LocalDate on) {
        GroupResolver resolver = GroupResolver.of(r);
        List<GroupView> groups = r.groups().values().stream().map(g -> group(g, resolver, on)).toList();
        List<GroupView> tiers = r.tiers().stream()
                .map(t -> groups.stream().filter(g -> g.id().equals(t)).findFirst().orElseThrow()).toList();
        RegimeRules rules = new RegimeRules(r, on);
        return new RegimeView(r.id(), r.title(), r.citation(), r.version(), r.extendsId().orElse(null),
                RegimesListCommand.origin(catalog, r), on.toString(),
                r.statusOn(on).map(Object::toString).orElse("not yet in force"),
                r.effective().map(Object::toString).orElse(null), r.compliance().map(Object::toString).orElse(null),
                r.assumptions(), tiers, groups, r.parameters().values().stream().map(p -> parameter(p, on)).toList(),
                r.controls().stream().map(rules::control).toList(),
                r.exceptions().stream().sorted(Comparator.comparingInt(LicenseExceptionRule::priority))
                        .map(rules::exception).toList(),
                r.allocations().stream().map(rules::allocation).toList(),
                r.agreements().stream().map(a -> new RuleView(a.country() + " " + a.kind(), a.note(),
                        List.of("in force " + a.validity()), a.cited().citation(), a.cited().confidence().name(),
                        marks(a.cited()))).toList(),
                r.deals().stream().map(rules::deal).toList(),
                r.modelWeights().map(m -> new RuleView("4E091", "closed model weights trained with at least "
                        + m.thresholdParameter() + " = " + rules.value(m.thresholdParameter()) + " operations",
                        List.of("in force " + m.validity(), "published (open) weights are excluded"),
                        m.cited().citation(), m.cited().confidence().name(), marks(m.cited()))).orElse(null));
    }

    private static GroupView group(GroupDefinition g, GroupResolver resolver, LocalDate on) {
        List<String> parts = new ArrayList<>();
        if (g.allCountries()) {
            parts.add("every country");
        }
        if (!g.countries().isEmpty()) {
            parts.add(g.countries().stream().map(m -> m.country() + (m.from().isPresent() || m.until().isPresent()
                    ? " (" + m.from().map(Object::toString).orElse("…") + " to " + m.until().map(Object::toString).orElse("…") + ")"
                    : "")).collect(Collectors.joining(" ")));
        }
        g.union().forEach(u -> parts.add(u));
        g.agreementKinds().forEach(k -> parts.add("holders of a '" + k + "' agreement"));
        String definition = String.join(" + ", parts) + g.minus().stream().map(m -> " - " + m).collect(Collectors.joining());
        return new GroupView(g.id(), g.title(), definition, resolver.members(g.id(), on).size(), g.cited().citation(),
                g.cited().confidence().name(), marks(g.cited()));
    }

    private static ParameterView parameter(Parameter p, LocalDate on) {
        String value = p.valueOn(on).isPresent() ? number(p.valueOn(on).getAsDouble()) + " " + p.unit() : "none yet";
        String values = p.values().size() < 2 ? "" : p.values().stream()
                .map(v -> v.from().map(f -> "from " + f + ": ").orElse("") + number(v.value()))
                .collect(Collectors.joining("; "));
        return new ParameterView(p.name(), p.unit(), value, values, p.description(), p.cited().citation(),
                p.cited().confidence().name(), marks(p.cited()));
    }

    /** Plain figures, but operation counts such as 1e26 in exponent form: 27 digits help nobody. */
    static String number(double value) {
        return Math.abs(value) >= 1e15
                ? java.math.BigDecimal.valueOf(value).stripTrailingZeros().toString().replace("E+", "e")
                : Numbers.plain(value);
    }

    static String marks(Cited cited) {
        List<String> marks = new ArrayList<>();
        if (cited.verify()) {
            marks.add("verify");
        }
        if (cited.assumption()) {
            marks.add("assumption");
        }
        return String.join(" ", marks);
    }

    static String describe(List<Condition> conditions) {
        return conditions.isEmpty() ? "always" : conditions.stream().map(Condition::describe).collect(Collectors.joining("; "));
    }

    static String quota(QuotaRule q, String capacity) {
        return "quota " + q.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + " per "
                + q.holder().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ", "
                + q.fixedPeriod().map(p -> "one pot for " + p).orElse("per calendar year") + ": " + q.capacityParameter()
                + " = " + capacity;
    }

    static String allocationText(AllocationRule a, String capacity) {
        return "per country in " + a.group() + " for " + a.period() + ": " + a.capacityParameter() + " = " + capacity
                + ", x" + Numbers.plain(a.agreementMultiplier()) + " with a '" + a.agreementKind() + "' agreement"
                + (a.countryFactors().isEmpty() ? "" : ", country factors " + a.countryFactors())
                + "; when used up: " + a.exhaustedPolicy();
    }
}
