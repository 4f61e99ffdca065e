package dev.chipex.core.regime;

import dev.chipex.core.country.Confidence;
import dev.chipex.core.country.CountryCatalog;
import dev.chipex.core.country.DatedMembership;
import dev.chipex.core.problem.Problem;
import dev.chipex.core.quota.QuotaKind;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads one regime file into a {@link RegimeDraft}, reporting every problem it finds. */
final class RegimeParser {
    private static final String[] TOP_KEYS = {"id", "title", "citation", "version", "status", "effective",
            "compliance", "extends", "assumptions", "tiers", "remove", "groups", "parameters", "controls",
            "exceptions", "allocations", "agreements", "deals", "modelWeights", "replacesParentFrom",
                    "reviewAmendments"};

    private final CountryCatalog countries;
    private final List<Problem> problems;
    private ValueParser values;
    private RuleParser rules;

    RegimeParser(CountryCatalog countries, List<Problem> problems) {
        this.countries = countries;
        this.problems = problems;
    }

    Optional<RegimeDraft> parse(String source, String text) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            problems.add(new Problem(source, line, "", "malformed YAML: " + e.getProblem()
                    + "; check indentation, colons and quotes near this line"));
            return Optional.empty();
        } catch (RuntimeException e) {
            problems.add(new Problem(source, 0, "", "malformed YAML: " + e.getMessage()));
            return Optional.empty();
        }
        YamlNode top = new YamlNode(source, "", root, problems);
        if (root == null || !top.isMapping()) {
            problems.add(new Problem(source, 1, "", "a regime file must be a mapping with at least 'id' and 'title'"));
            return Optional.empty();
        }
        top.allowOnly(TOP_KEYS);
        RegimeDraft draft = new RegimeDraft();
        draft.source = source;
        draft.id = top.get("id").requiredText();
        draft.title = top.get("title").requiredText();
        draft.citation = top.get("citation").text("");
        draft.version = top.get("version").text("");
        draft.effective = top.get("effective").date();
        values = new ValueParser(countries, draft.effective);
        rules = new RuleParser(values);
        draft.compliance = top.get("compliance").date();
        draft.extendsId = top.get("extends").text();
        draft.assumptions.addAll(top.get("assumptions").strings());
        draft.tiers.addAll(top.get("tiers").strings());
        draft.removals.addAll(top.get("remove").strings());
        draft.replacesParentFrom = top.get("replacesParentFrom").date();
        draft.locations.put("extends", locate(top.get("extends")));
        draft.locations.put("tiers", locate(top.get("tiers")));
        for (YamlNode s : top.get("status").items()) {
            s.allowOnly("status", "from", "note");
            String code = s.get("status").requiredText();
            RegimeStatus status = RegimeStatus.fromCode(code).orElseGet(() -> {
                s.get("status").problem("unknown status '" + code + "'; use in-force, not-enforced, rescinded or hypothetical");
                return RegimeStatus.HYPOTHETICAL;
            });
            draft.statuses.add(new StatusPeriod(status, s.get("from").date(), s.get("note").text("")));
        }
        top.get("groups").entries().forEach((id, node) -> {
            draft.groups.put(id, group(id, node));
            draft.locations.put("groups:" + id, locate(node));
        });
        top.get("parameters").entries().forEach((name, node) -> {
            draft.parameters.put(name, parameter(name, node));
            draft.locations.put("parameters:" + name, locate(node));
        });
        for (YamlNode node : top.get("controls").items()) {
            Control control = rules.control(node);
            putUnique(draft.controls, control.id(), control, node, "control");
            draft.locations.put("controls:" + control.id(), locate(node));
        }
        for (YamlNode node : top.get("exceptions").items()) {
            LicenseExceptionRule rule = rules.exception(node);
            putUnique(draft.exceptions, rule.id(), rule, node, "exception");
            draft.locations.put("exceptions:" + rule.id(), locate(node));
            draft.explicitPriority.put(rule.id(), node.has("priority"));
        }
        for (YamlNode node : top.get("allocations").items()) {
            AllocationRule rule = rules.allocation(node);
            putUnique(draft.allocations, rule.id(), rule, node, "allocation");
            draft.locations.put("allocations:" + rule.id(), locate(node));
        }
        for (YamlNode node : top.get("agreements").items()) {
            draft.agreements.add(rules.agreement(node));
        }
        for (YamlNode node : top.get("deals").items()) {
            Deal deal = rules.deal(node);
            putUnique(draft.deals, deal.id(), deal, node, "deal");
            draft.locations.put("deals:" + deal.id(), locate(node));
        }
        for (YamlNode node : top.get("reviewAmendments").items()) {
            node.allowOnly("control", "review");
            String control = node.get("control").requiredText();
            draft.reviewAmendments.put(control, rules.reviewRules(node.get("review")));
            draft.locations.put("reviewAmendments:" + control, locate(node));
        }
        YamlNode weights = top.get("modelWeights");
        if (!weights.isMissing()) {
            weights.allowOnly("threshold", "citation", "confidence", "verify", "assumption", "from", "until");
            draft.modelWeights = Optional.of(new ModelWeightsRule(weights.get("threshold").requiredText(),
                    values.cited(weights), values.validity(weights)));
            draft.locations.put("modelWeights", locate(weights));
        }
        return Optional.of(draft);
    }

    private <T> void putUnique(Map<String, T> map, String id, T value, YamlNode node, String what) {
        if (map.containsKey(id)) {
            node.get("id").problem("duplicate " + what + " id '" + id + "'; ids must be unique within a file");
        }
        map.put(id, value);
    }

    private static Problem locate(YamlNode node) {
        return new Problem(node.source(), node.line(), node.path(), "");
    }

    private GroupDefinition group(String id, YamlNode node) {
        node.allowOnly("title", "citation", "confidence", "verify", "assumption", "countries", "union", "all",
                "agreementHolders", "minus");
        List<DatedMembership> members = new ArrayList<>();
        Cited cited = values.cited(node);
        for (YamlNode item : node.get("countries").items()) {
            if (item.isMapping()) {
                item.allowOnly("country", "from", "until", "confidence", "citation");
                String code = values.country(item.get("country"));
                Validity v = values.validity(item);
                members.add(new DatedMembership(code, v.from(), v.until(),
                        values.confidence(item.get("confidence"), cited.confidence()),
                                item.get("citation").text(cited.citation())));
            } else {
                members.add(new DatedMembership(values.country(item), Optional.empty(), Optional.empty(),
                        cited.confidence(),
                        cited.citation()));
            }
        }
        return new GroupDefinition(id, node.get("title").text(id), cited, members, node.get("union").strings(),
                node.get("all").flag(false), node.get("agreementHolders").strings(), node.get("minus").strings());
    }

    private Parameter parameter(String name, YamlNode node) {
        node.allowOnly("unit", "description", "citation", "confidence", "verify", "assumption", "value", "values", "chip",
                "chips");
        List<DatedValue> dated = new ArrayList<>();
        if (node.has("value")) {
            node.get("value").number().ifPresent(v -> dated.add(new DatedValue(Optional.empty(), v)));
        }
        for (YamlNode item : node.get("values").items()) {
            item.allowOnly("from", "value");
            var value = item.get("value").number();
            if (value.isEmpty()) {
                item.get("value").problem("is required: the parameter's value from this date");
                continue;
            }
            dated.add(new DatedValue(item.get("from").date(), value.getAsDouble()));
        }
        if (dated.isEmpty()) {
            node.problem("parameter '" + name + "' has no value; give 'value: N' or 'values: [{from: YYYY-MM-DD, value: N}]'");
        }
        for (DatedValue v : dated) {
            if (v.value() < 0) {
                node.problem("parameter '" + name + "' has a negative value (" + v.value()
                        + "); quotas and thresholds must be 0 or more");
            }
        }
        String unit = node.get("unit").text("count");
        if (!List.of("tpp", "h100e", "chips", "ops", "share", "count", "factor").contains(unit)) {
            node.get("unit").problem("unknown unit '" + unit + "'; use tpp, h100e, chips, ops, share, count or factor");
        }
        Optional<Parameter.PerChip> perChip = ChipUnits.check(name, unit, node, dated);
        if (unit.equals("chips") && perChip.isEmpty()) {
            unit = "count";
        }
        return new Parameter(name, unit, node.get("description").text(""), values.cited(node), dated, perChip);
    }

}
