package dev.chipex.core.regime;

import dev.chipex.core.quota.QuotaKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads a regime file's rules: controls, license exceptions, quotas, allocations, agreements, deals. */
final class RuleParser {
    private final ValueParser values;

    RuleParser(ValueParser values) {
        this.values = values;
    }

    Control control(YamlNode node) {
        node.allowOnly("id", "order", "title", "purpose", "citation", "confidence", "verify", "assumption", "from",
                "until", "when", "review", "policy", "allocation");
        String id = node.get("id").requiredText();
        List<ReviewRule> review = reviewRules(node.get("review"));
        if (!node.has("citation")) {
            node.problem("control '" + id + "' has no citation; every control cites the CFR paragraph or document it encodes");
        }
        return new Control(id, (int) node.get("order").number().orElse(1000), node.get("title").text(id),
                node.get("purpose").text(""), values.cited(node), values.ruleValidity(node),
                        ConditionParser.parse(node.get("when")), review,
                node.has("policy") ? values.policy(node.get("policy")) : ReviewPolicy.CASE_BY_CASE,
                        node.get("allocation").text());
    }

    List<ReviewRule> reviewRules(YamlNode list) {
        List<ReviewRule> review = new ArrayList<>();
        for (YamlNode r : list.items()) {
            r.allowOnly("when", "policy", "from", "until", "citation", "confidence", "verify", "assumption");
            review.add(new ReviewRule(ConditionParser.parse(r.get("when")), values.policy(r.get("policy")),
                    values.validity(r),
                    values.cited(r, false)));
        }
        return review;
    }

    LicenseExceptionRule exception(YamlNode node) {
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
                (int) node.get("priority").number().orElse(1000), node.get("purpose").text(""), values.cited(node),
                        values.ruleValidity(node),
                ConditionParser.parse(node.get("when")), node.get("overcomes").strings(), quota(node.get("quota")),
                node.get("duties").strings());
    }

    Optional<QuotaRule> quota(YamlNode node) {
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
        return Optional.of(new QuotaRule(kind, holder,
                period.equals("calendar-year") ? Optional.empty() : Optional.of(period),
                node.get("capacity").requiredText()));
    }

    AllocationRule allocation(YamlNode node) {
        node.allowOnly("id", "purpose", "citation", "confidence", "verify", "assumption", "group", "period", "from",
                "until", "capacity", "agreementKind", "agreementMultiplier", "countryFactors", "exhaustedPolicy");
        Map<String, Double> factors = new LinkedHashMap<>();
        node.get("countryFactors").entries().forEach((code, value) -> {
            if (!values.isKnownCountry(code)) {
                value.problem("unknown country code '" + code + "'; use ISO 3166-1 alpha-2 codes");
            }
            value.number().ifPresent(f -> factors.put(code, f));
        });
        double multiplier = node.get("agreementMultiplier").number().orElse(1);
        if (multiplier < 0) {
            node.get("agreementMultiplier").problem("must be 0 or more");
        }
        return new AllocationRule(node.get("id").requiredText(), node.get("purpose").text(""), values.cited(node),
                node.get("group").requiredText(), node.get("period").requiredText(), values.ruleValidity(node),
                node.get("capacity").requiredText(), node.get("agreementKind").text("g2g"), multiplier, factors,
                node.has("exhaustedPolicy") ? values.policy(node.get("exhaustedPolicy")) : ReviewPolicy.PRESUMPTION_OF_DENIAL);
    }

    Agreement agreement(YamlNode node) {
        node.allowOnly("country", "kind", "from", "until", "citation", "confidence", "verify", "assumption", "note");
        return new Agreement(values.country(node.get("country")), node.get("kind").text("g2g"), values.validity(node),
                values.cited(node, false),
                node.get("note").text(""));
    }

    Deal deal(YamlNode node) {
        node.allowOnly("id", "country", "consignee", "from", "until", "quota", "concessions", "overcomes", "citation",
                "confidence", "verify", "assumption");
        return new Deal(node.get("id").requiredText(), values.country(node.get("country")),
                node.get("consignee").text(),
                values.ruleValidity(node), node.get("quota").requiredText(), node.get("concessions").strings(),
                node.get("overcomes").strings(), values.cited(node));
    }
}
