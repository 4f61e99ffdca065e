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
            "exceptions", "allocations", "agreements", "deals", "modelWeights", "replacesParentFrom", "reviewAmendments"};

    private final CountryCatalog countries;
    private final List<Problem> problems;
    /** The file's {@code effective} date: where its own rules start when they give no {@code from}. */
    private Optional<java.time.LocalDate> effective = Optional.empty();

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
        effective = draft.effective;
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
            Control control = control(node);
            putUnique(draft.controls, control.id(), control, node, "control");
            draft.locations.put("controls:" + control.id(), locate(node));
        }
        for (YamlNode node : top.get("exceptions").items()) {
            LicenseExceptionRule rule = exception(node);
            putUnique(draft.exceptions, rule.id(), rule, node, "exception");
            draft.locations.put("exceptions:" + rule.id(), locate(node));
            draft.explicitPriority.put(rule.id(), node.has("priority"));
        }
        for (YamlNode node : top.get("allocations").items()) {
            AllocationRule rule = allocation(node);
            putUnique(draft.allocations, rule.id(), rule, node, "allocation");
            draft.locations.put("allocations:" + rule.id(), locate(node));
        }
        for (YamlNode node : top.get("agreements").items()) {
            draft.agreements.add(agreement(node));
        }
        for (YamlNode node : top.get("deals").items()) {
            Deal deal = deal(node);
            putUnique(draft.deals, deal.id(), deal, node, "deal");
            draft.locations.put("deals:" + deal.id(), locate(node));
        }
        for (YamlNode node : top.get("reviewAmendments").items()) {
            node.allowOnly("control", "review");
            String control = node.get("control").requiredText();
            draft.reviewAmendments.put(control, reviewRules(node.get("review")));
            draft.locations.put("reviewAmendments:" + control, locate(node));
        }
        YamlNode weights = top.get("modelWeights");
        if (!weights.isMissing()) {
            weights.allowOnly("threshold", "citation", "confidence", "verify", "assumption", "from", "until");
            draft.modelWeights = Optional.of(new ModelWeightsRule(weights.get("threshold").requiredText(),
                    cited(weights), validity(weights)));
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
        Cited cited = cited(node);
        for (YamlNode item : node.get("countries").items()) {
            if (item.isMapping()) {
                item.allowOnly("country", "from", "until", "confidence", "citation");
                String code = country(item.get("country"));
                Validity v = validity(item);
                members.add(new DatedMembership(code, v.from(), v.until(),
                        confidence(item.get("confidence"), cited.confidence()), item.get("citation").text(cited.citation())));
            } else {
                members.add(new DatedMembership(country(item), Optional.empty(), Optional.empty(), cited.confidence(),
                        cited.citation()));
            }
        }
        return new GroupDefinition(id, node.get("title").text(id), cited, members, node.get("union").strings(),
                node.get("all").flag(false), node.get("agreementHolders").strings(), node.get("minus").strings());
    }

    private Parameter parameter(String name, YamlNode node) {
        node.allowOnly("unit", "description", "citation", "confidence", "verify", "assumption", "value", "values");
        List<DatedValue> values = new ArrayList<>();
        if (node.has("value")) {
            node.get("value").number().ifPresent(v -> values.add(new DatedValue(Optional.empty(), v)));
        }
        for (YamlNode item : node.get("values").items()) {
            item.allowOnly("from", "value");
            var value = item.get("value").number();
            if (value.isEmpty()) {
                item.get("value").problem("is required: the parameter's value from this date");
                continue;
            }
            values.add(new DatedValue(item.get("from").date(), value.getAsDouble()));
        }
        if (values.isEmpty()) {
            node.problem("parameter '" + name + "' has no value; give 'value: N' or 'values: [{from: YYYY-MM-DD, value: N}]'");
        }
        for (DatedValue v : values) {
            if (v.value() < 0) {
                node.problem("parameter '" + name + "' has a negative value (" + v.value()
                        + "); quotas and thresholds must be 0 or more");
            }
        }
        String unit = node.get("unit").text("count");
        if (!List.of("tpp", "h100e", "ops", "share", "count", "factor").contains(unit)) {
            node.get("unit").problem("unknown unit '" + unit + "'; use tpp, h100e, ops, share, count or factor");
        }
        return new Parameter(name, unit, node.get("description").text(""), cited(node), values);
    }

    private Control control(YamlNode node) {
        node.allowOnly("id", "order", "title", "purpose", "citation", "confidence", "verify", "assumption", "from",
                "until", "when", "review", "policy", "allocation");
        String id = node.get("id").requiredText();
        List<ReviewRule> review = reviewRules(node.get("review"));
        if (!node.has("citation")) {
            node.problem("control '" + id + "' has no citation; every control cites the CFR paragraph or document it encodes");
        }
        return new Control(id, (int) node.get("order").number().orElse(1000), node.get("title").text(id),
                node.get("purpose").text(""), cited(node), ruleValidity(node), ConditionParser.parse(node.get("when")), review,
                node.has("policy") ? policy(node.get("policy")) : ReviewPolicy.CASE_BY_CASE, node.get("allocation").text());
    }

    private List<ReviewRule> reviewRules(YamlNode list) {
        List<ReviewRule> review = new ArrayList<>();
        for (YamlNode r : list.items()) {
            r.allowOnly("when", "policy", "from", "until", "citation", "confidence", "verify", "assumption");
            review.add(new ReviewRule(ConditionParser.parse(r.get("when")), policy(r.get("policy")), validity(r),
                    cited(r, false)));
        }
        return review;
    }

    private LicenseExceptionRule exception(YamlNode node) {
        node.allowOnly("id", "code", "kind", "priority", "purpose", "citation", "confidence", "verify", "assumption",
                "from", "until", "when", "overcomes", "quota", "duties");
        String id = node.get("id").requiredText();
        String kind = node.get("kind").text("exception");
        OutcomeKind outcome = kind.equals("authorization") ? OutcomeKind.AUTHORIZATION : OutcomeKind.EXCEPTION;
        if (!kind.equals("authorization") && !kind.equals("exception")) {
            node.get("kind").problem("unknown kind '" + kind + "'; use exception or authorization");
        }
        if (!node.has("citation")) {
            node.problem("exception '" + id + "' has no citation; cite the CFR paragraph that grants it");
        }
        return new LicenseExceptionRule(id, node.get("code").requiredText(), outcome,
                (int) node.get("priority").number().orElse(1000), node.get("purpose").text(""), cited(node), ruleValidity(node),
                ConditionParser.parse(node.get("when")), node.get("overcomes").strings(), quota(node.get("quota")),
                node.get("duties").strings());
    }

    private Optional<QuotaRule> quota(YamlNode node) {
        if (node.isMissing()) {
            return Optional.empty();
        }
        node.allowOnly("kind", "holder", "period", "capacity");
        String kindText = node.get("kind").requiredText();
        QuotaKind kind;
        try {
            kind = QuotaKind.valueOf(kindText.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            node.get("kind").problem("unknown quota kind '" + kindText + "'; use consignee-year, country-allocation, deal or veu-country");
            kind = QuotaKind.CONSIGNEE_YEAR;
        }
        String holderText = node.get("holder").text("consignee");
        QuotaHolder holder;
        try {
            holder = QuotaHolder.valueOf(holderText.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            node.get("holder").problem("unknown holder '" + holderText + "'; use consignee, destination, consignee-at-destination or rule");
            holder = QuotaHolder.CONSIGNEE;
        }
        String period = node.get("period").text("calendar-year");
        return Optional.of(new QuotaRule(kind, holder, period.equals("calendar-year") ? Optional.empty() : Optional.of(period),
                node.get("capacity").requiredText()));
    }

    private AllocationRule allocation(YamlNode node) {
        node.allowOnly("id", "purpose", "citation", "confidence", "verify", "assumption", "group", "period", "from",
                "until", "capacity", "agreementKind", "agreementMultiplier", "countryFactors", "exhaustedPolicy");
        Map<String, Double> factors = new LinkedHashMap<>();
        node.get("countryFactors").entries().forEach((code, value) -> {
            if (!countries.isKnownCode(code)) {
                value.problem("unknown country code '" + code + "'; use ISO 3166-1 alpha-2 codes");
            }
            value.number().ifPresent(f -> factors.put(code, f));
        });
        double multiplier = node.get("agreementMultiplier").number().orElse(1);
        if (multiplier < 0) {
            node.get("agreementMultiplier").problem("must be 0 or more");
        }
        return new AllocationRule(node.get("id").requiredText(), node.get("purpose").text(""), cited(node),
                node.get("group").requiredText(), node.get("period").requiredText(), ruleValidity(node),
                node.get("capacity").requiredText(), node.get("agreementKind").text("g2g"), multiplier, factors,
                node.has("exhaustedPolicy") ? policy(node.get("exhaustedPolicy")) : ReviewPolicy.PRESUMPTION_OF_DENIAL);
    }

    private Agreement agreement(YamlNode node) {
        node.allowOnly("country", "kind", "from", "until", "citation", "confidence", "verify", "assumption", "note");
        return new Agreement(country(node.get("country")), node.get("kind").text("g2g"), validity(node), cited(node, false),
                node.get("note").text(""));
    }

    private Deal deal(YamlNode node) {
        node.allowOnly("id", "country", "consignee", "from", "until", "quota", "concessions", "overcomes", "citation",
                "confidence", "verify", "assumption");
        return new Deal(node.get("id").requiredText(), country(node.get("country")), node.get("consignee").text(),
                ruleValidity(node), node.get("quota").requiredText(), node.get("concessions").strings(),
                node.get("overcomes").strings(), cited(node));
    }

    private String country(YamlNode node) {
        String code = node.requiredText();
        if (!code.isEmpty() && !countries.isKnownCode(code)) {
            node.problem("unknown country code '" + code + "'; use ISO 3166-1 alpha-2 codes such as DE, IN, AE");
        }
        return code;
    }

    private ReviewPolicy policy(YamlNode node) {
        String code = node.requiredText();
        return ReviewPolicy.fromCode(code).orElseGet(() -> {
            if (!code.isEmpty()) {
                node.problem("unknown review policy '" + code
                        + "'; use presumption-of-approval, case-by-case or presumption-of-denial");
            }
            return ReviewPolicy.CASE_BY_CASE;
        });
    }

    /** A rule's validity: without its own {@code from}, it starts at the file's effective date. */
    private Validity ruleValidity(YamlNode node) {
        return validity(node).startingAtLeast(effective);
    }

    private Validity validity(YamlNode node) {
        Validity v = new Validity(node.get("from").date(), node.get("until").date());
        if (v.isEmptyRange()) {
            node.get("until").problem("date range ends (" + v.until().get() + ") before it starts (" + v.from().get()
                    + "); 'until' is exclusive and must come after 'from'");
        }
        return v;
    }

    private Cited cited(YamlNode node) {
        return cited(node, false);
    }

    private Cited cited(YamlNode node, boolean required) {
        Confidence confidence = confidence(node.get("confidence"), Confidence.C);
        boolean assumption = node.get("assumption").flag(false);
        boolean verify = node.get("verify").flag(confidence.needsVerification() || assumption);
        String citation = required ? node.get("citation").requiredText() : node.get("citation").text("");
        return new Cited(citation, confidence, verify, assumption);
    }

    private Confidence confidence(YamlNode node, Confidence fallback) {
        Optional<String> text = node.text();
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return Confidence.valueOf(text.get());
        } catch (IllegalArgumentException e) {
            node.problem("unknown confidence '" + text.get() + "'; use C, S, D or U (see REGULATION.md)");
            return fallback;
        }
    }
}
