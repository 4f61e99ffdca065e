package dev.chipex.core.explanation;

import dev.chipex.core.country.CountryCatalog;
import dev.chipex.core.decision.Alternative;
import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.decision.Determination;
import dev.chipex.core.decision.Item;
import dev.chipex.core.decision.ItemSummary;
import dev.chipex.core.decision.ParameterValue;
import dev.chipex.core.decision.RegimeOnDate;
import dev.chipex.core.decision.TraceStep;
import dev.chipex.core.decision.Transaction;
import dev.chipex.core.quota.QuotaAccount;
import dev.chipex.core.quota.QuotaDebit;
import dev.chipex.core.regime.AllocationRule;
import dev.chipex.core.regime.Condition;
import dev.chipex.core.regime.Control;
import dev.chipex.core.regime.LicenseExceptionRule;
import dev.chipex.core.regime.Numbers;
import dev.chipex.core.regime.OutcomeKind;
import dev.chipex.core.regime.Regime;
import dev.chipex.core.regime.RegimeStatus;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the words of determinations made under one regime: the paragraph an officer can file
 * and the reason of each trace step, from the determination and the regime as it stood on its
 * date. Outputs call it (the CLI, the API); the engine writes no words. Thread-safe.
 */
public final class Explainer {
    private final DecisionEngine engine;
    private final Regime regime;
    private final double h100eTpp;
    private final CountryCatalog countries = CountryCatalog.bundled();
    /** Per control id, the reason when its condition i fails at [i], and when it applies last. */
    private final Map<String, String[]> controlReasons = new HashMap<>();
    /** The same per exception, authorization and deal id. */
    private final Map<String, String[]> ruleReasons = new HashMap<>();

    private Explainer(DecisionEngine engine) {
        this.engine = engine;
        this.regime = engine.regime();
        this.h100eTpp = engine.h100eTpp();
        for (Control c : regime.controls()) {
            controlReasons.put(c.id(), reasons(c.conditions(), "requires a license: "));
        }
        for (LicenseExceptionRule r : engine.rules()) {
            ruleReasons.put(r.id(), reasons(r.conditions(), "applies: "));
        }
    }

    private static String[] reasons(List<Condition> conditions, String applies) {
        String[] reasons = new String[conditions.size() + 1];
        for (int i = 0; i < conditions.size(); i++) {
            reasons[i] = "does not apply: not (" + conditions.get(i).describe() + ")";
        }
        reasons[conditions.size()] = applies + describe(conditions);
        return reasons;
    }

    /** The conditions in words, "always" when there are none. */
    public static String describe(List<Condition> conditions) {
        if (conditions.isEmpty()) {
            return "always";
        }
        StringBuilder text = new StringBuilder();
        for (Condition c : conditions) {
            text.append(text.length() == 0 ? "" : "; ").append(c.describe());
        }
        return text.toString();
    }

    /** Writes the words of {@code engine}'s determinations. */
    public static Explainer of(DecisionEngine engine) {
        return new Explainer(engine);
    }

    public double h100eTpp() {
        return h100eTpp;
    }

    /** A parameter's value as determinations name it: "26,900,000 TPP (1,699 H100e)", "0.5", "none". */
    public String value(ParameterValue value) {
        if (value instanceof ParameterValue.Tpp tpp) {
            return Amounts.tppWithH100e(tpp.tpp(), h100eTpp);
        }
        if (value instanceof ParameterValue.Factor factor) {
            return Numbers.plain(factor.factor());
        }
        ParameterValue.Agreement agreement = (ParameterValue.Agreement) value;
        return agreement.kind().map(kind -> kind + " agreement in force: x" + Numbers.plain(agreement.multiplier()))
                .orElse("none");
    }

    /** The parameters a determination used, by name in the order used, each value in words. */
    public Map<String, String> parameters(Determination d) {
        Map<String, String> words = new LinkedHashMap<>();
        d.parameters().forEach((name, value) -> words.put(name, value(value)));
        return words;
    }

    /** The paragraph that explains the determination. */
    public String paragraph(Determination d) {
        StringBuilder text = header(d).append(": ");
        Control control = d.requirement().flatMap(id -> engine.onDate(d.date()).control(id)).orElse(null);
        if (control == null) {
            text.append("no license required. None of the ").append(regime.controls().size())
                    .append(" controls of this regime applies");
            if (!d.trace().isEmpty()) {
                TraceStep first = d.trace().get(0);
                text.append(" (e.g. ").append(first.rule()).append(": ").append(reason(d, first)).append(')');
            }
            return text.append('.').toString();
        }
        requirement(text, control);
        if (d.outcome().licenseFree()) {
            granted(text, d);
        } else {
            licenseRequired(text, d);
        }
        if (!d.verify().isEmpty()) {
            text.append(" Facts behind ").append(String.join(", ", d.verify()))
                    .append(" are marked for verification against the eCFR or are assumptions of this regime.");
        }
        return text.toString();
    }

    private void granted(StringBuilder text, Determination d) {
        LicenseExceptionRule rule = engine.onDate(d.date()).rule(d.rule().orElseThrow()).orElseThrow();
        text.append(", but ");
        if (rule.kind() == OutcomeKind.EXCEPTION) {
            text.append("License Exception ").append(rule.code());
        } else {
            text.append("the ").append(rule.code()).append(" authorization");
        }
        text.append(" (").append(rule.cited().citation()).append(") applies");
        for (QuotaDebit debit : d.debits()) {
            tpp(text.append("; it uses "), debit.amountTpp()).append(" of ");
            tpp(account(text, debit.account()).append(", leaving "), debit.balanceAfterTpp()).append(" of ");
            tpp(text, debit.capacityTpp());
        }
        text.append('.');
        if (!d.duties().isEmpty()) {
            text.append(" Duties: ").append(String.join("; ", d.duties())).append('.');
        }
    }

    private void licenseRequired(StringBuilder text, Determination d) {
        text.append(". Review policy: ").append(d.policy().orElseThrow());
        d.reviewCitation().filter(c -> !c.isEmpty()).ifPresent(c -> text.append(" (").append(c).append(')'));
        d.onApproval().ifPresent(debit -> {
            tpp(text.append("; if approved, the license draws "), debit.amountTpp()).append(" from ");
            tpp(account(text, debit.account()).append(", leaving "), debit.balanceAfterTpp());
        });
        for (TraceStep step : d.trace()) {
            if (step.finding() instanceof TraceStep.AllocationExhausted) {
                AllocationRule a = engine.onDate(d.date()).allocation(step.rule()).orElseThrow();
                text.append("; the ").append(d.transaction().destination()).append(" allocation (")
                        .append(a.cited().citation()).append(") cannot hold this shipment");
            }
        }
        text.append('.');
        d.shortfall().ifPresent(s -> {
            long quantity = d.transaction().quantity();
            text.append(" License Exception ").append(s.code()).append(" would cover ").append(s.unitsThatFit())
                    .append(" of the ").append(quantity).append(" units (");
            tpp(text, s.availableTpp()).append(" left in its quota); the other ").append(quantity - s.unitsThatFit())
                    .append(" would still need this license. chipex does not split shipments: ship the smaller quantity "
                            + "under the exception and apply for the rest, if that is intended.");
        });
    }

    /** The change an alternative to the determination makes, in words. */
    public String change(Determination d, Alternative a) {
        switch (a.kind()) {
            case "quantity":
                return "ship " + a.value() + " units or fewer (License Exception " + d.shortfall().orElseThrow().code()
                        + " has room for that many)";
            case "veu":
                return "the consignee holds " + a.value() + " status";
            case "agreement":
                return "the US and " + d.transaction().destination() + " sign a '" + a.value()
                        + "' government-to-government agreement";
            default:
                return "under " + a.value() + " (no prior quota use)";
        }
    }

    private static void requirement(StringBuilder text, Control control) {
        text.append("a license is required by ").append(control.id()).append(" (").append(control.title())
                .append("; ").append(control.cited().citation()).append(')');
    }

    /** "Under TITLE (ID) on DATE, what to where for whom". */
    private StringBuilder header(Determination d) {
        Transaction t = d.transaction();
        ItemSummary item = d.item();
        StringBuilder text = new StringBuilder(1024);
        text.append("Under ").append(regime.title()).append(" (").append(regime.id());
        d.regimeStatus().ifPresent(status -> text.append("; ").append(status(status)));
        text.append(") on ").append(t.date()).append(", ");
        if (t.item() instanceof Item.ModelWeights) {
            text.append("the weights of ").append(item.name()).append(" (").append(item.eccn()).append(')');
        } else {
            text.append(t.quantity()).append(" x ").append(item.name()).append(" (").append(item.eccn());
            if (!item.paragraph().isEmpty()) {
                text.append(" para. ").append(item.paragraph());
            }
            text.append("; ");
            tpp(text.append(Numbers.plain(Math.round(item.tppPerUnit()))).append(" TPP each, "), item.totalTpp())
                    .append(" in all)");
        }
        text.append(" to ").append(name(t.destination()));
        tier(text, d.tiers().get("destination"));
        text.append(", for ").append(t.consignee()).append(" (headquartered in ").append(name(t.consigneeHeadquarters()));
        t.parentHeadquarters().ifPresent(p -> text.append(", ultimate parent in ").append(name(p)));
        tier(text, d.tiers().get("headquarters"));
        return text.append(')');
    }

    /** A regime's legal status as the paragraph names it. */
    public static String status(RegimeStatus status) {
        switch (status) {
            case IN_FORCE:
                return "in force";
            case NOT_ENFORCED:
                return "not enforced on this date";
            case RESCINDED:
                return "rescinded";
            default:
                return "a hypothetical option, not law";
        }
    }

    private static void tier(StringBuilder text, String tier) {
        if (tier != null) {
            text.append(", ").append(tier);
        }
    }

    private String name(String code) {
        return countries.find(code).map(c -> c.name() + " (" + code + ")").orElse(code);
    }

    /** Why the trace step went as it did. */
    public String reason(Determination d, TraceStep step) {
        TraceStep.Finding f = step.finding();
        if (f instanceof TraceStep.Applies) {
            String[] reasons = reasons(step);
            return reasons[reasons.length - 1];
        }
        if (f instanceof TraceStep.FailsCondition fails) {
            return reasons(step)[fails.index()];
        }
        if (f instanceof TraceStep.NotInForce) {
            return "not in force on " + d.date() + " (in force " + validity(d, step) + ")";
        }
        StringBuilder text = new StringBuilder(160);
        if (f instanceof TraceStep.QuotaHasRoom room) {
            account(text.append("applies and its quota "), room.account()).append(" has room: ");
            return tpp(text, room.availableTpp()).append(" available").toString();
        }
        if (f instanceof TraceStep.QuotaTooSmall small) {
            tpp(account(text.append("conditions hold but quota "), small.account()).append(" is too small: needs "),
                    small.neededTpp()).append(", ");
            return tpp(text, small.availableTpp()).append(" available (").append(small.unitsThatFit())
                    .append(" units would fit)").toString();
        }
        if (f instanceof TraceStep.AllocationHasRoom room) {
            account(text.append("a license would draw on "), room.account()).append(": ");
            return tpp(text, room.availableTpp()).append(" available").toString();
        }
        if (f instanceof TraceStep.AllocationNotCovering) {
            return "does not cover " + d.transaction().destination() + " on " + d.date();
        }
        TraceStep.AllocationExhausted exhausted = (TraceStep.AllocationExhausted) f;
        tpp(text.append("exhausted for this shipment: needs "), exhausted.neededTpp()).append(", ");
        return tpp(text, exhausted.availableTpp()).append(" left; review policy becomes ").append(exhausted.policy())
                .toString();
    }

    private String[] reasons(TraceStep step) {
        return (step.kind().equals("control") ? controlReasons : ruleReasons).get(step.rule());
    }

    private Object validity(Determination d, TraceStep step) {
        RegimeOnDate on = engine.onDate(d.date());
        return step.kind().equals("control") ? on.control(step.rule()).orElseThrow().validity()
                : on.rule(step.rule()).orElseThrow().validity();
    }

    private static StringBuilder account(StringBuilder text, QuotaAccount account) {
        return text.append(account.kind().name()).append('/').append(account.holder()).append('/').append(account.period());
    }

    private StringBuilder tpp(StringBuilder text, double tpp) {
        return Amounts.appendTppWithH100e(text, tpp, h100eTpp);
    }
}
