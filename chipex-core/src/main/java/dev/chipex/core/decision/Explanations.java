package dev.chipex.core.decision;

import dev.chipex.core.country.CountryCatalog;
import dev.chipex.core.quota.QuotaDebit;
import dev.chipex.core.regime.Cited;
import dev.chipex.core.regime.LicenseExceptionRule;
import dev.chipex.core.regime.Numbers;
import dev.chipex.core.regime.OutcomeKind;
import dev.chipex.core.regime.Regime;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Turns a finished decision into a Determination with a paragraph an officer can file. */
final class Explanations {
    /** Room for most explanations without regrowing the builder. */
    private static final int EXPECTED_LENGTH = 768;
    /** Codes are checked before a decision, but a caller may pass any string: the cache stays bounded. */
    private static final int NAME_LIMIT = 10_000;
    private final Regime regime;
    private final double h100eTpp;
    private final CountryCatalog countries = CountryCatalog.bundled();
    /** Countries as the explanations name them, "India (IN)": a batch names the same few thousands of times. */
    private final Map<String, String> names = new ConcurrentHashMap<>();

    Explanations(Regime regime, double h100eTpp) {
        this.regime = regime;
        this.h100eTpp = h100eTpp;
    }

    Determination noLicenseRequired(DecisionEngine.Decision d) {
        String text = !d.explain ? "" : firstReason(d, header(d).append(": no license required. None of the ")
                .append(regime.controls().size()).append(" controls of this regime applies")).append('.').toString();
        String citation = d.item.eccn().code().equals("none") ? "not classified in 3A090/4A090.a-b or 4E091" : regime.citation();
        return build(d, Outcome.NLR, Optional.empty(), Optional.empty(), Optional.empty(), citation, List.of(), text);
    }

    Determination granted(DecisionEngine.Decision d) {
        LicenseExceptionRule rule = d.granted;
        boolean exception = rule.kind() == OutcomeKind.EXCEPTION;
        if (!d.explain) {
            return build(d, exception ? Outcome.EXCEPTION : Outcome.AUTHORIZED, Optional.of(rule.code()), Optional.empty(),
                    Optional.of(rule.id()), rule.cited().citation(), rule.duties(), "");
        }
        StringBuilder text = requirement(header(d).append(": "), d).append(", but ")
                .append(exception ? "License Exception " + rule.code() : "the " + rule.code() + " authorization")
                .append(" (").append(rule.cited().citation()).append(") applies");
        for (QuotaDebit debit : d.debits) {
            tpp(tpp(tpp(text.append("; it uses "), debit.amountTpp()).append(" of ").append(debit.account())
                    .append(", leaving "), debit.balanceAfterTpp()).append(" of "), debit.capacityTpp());
        }
        text.append('.');
        if (!rule.duties().isEmpty()) {
            text.append(" Duties: ").append(String.join("; ", rule.duties())).append('.');
        }
        return build(d, exception ? Outcome.EXCEPTION : Outcome.AUTHORIZED, Optional.of(rule.code()), Optional.empty(),
                Optional.of(rule.id()), rule.cited().citation(), rule.duties(), verifyNote(d, text));
    }

    Determination licenseRequired(DecisionEngine.Decision d) {
        if (!d.explain) {
            return build(d, Outcome.LICENSE_REQUIRED, Optional.empty(), Optional.of(d.policy),
                    Optional.of(d.requirement.id()), d.requirement.cited().citation(), List.of(), "");
        }
        StringBuilder text = requirement(header(d).append(": "), d).append(". Review policy: ")
                .append(d.policy);
        if (d.reviewCitation != null && !d.reviewCitation.isEmpty()) {
            text.append(" (").append(d.reviewCitation).append(')');
        }
        if (d.onApproval != null) {
            tpp(tpp(text.append("; if approved, the license draws "), d.onApproval.amountTpp())
                    .append(" from ").append(d.onApproval.account()).append(", leaving "), d.onApproval.balanceAfterTpp());
        }
        if (d.allocationExhausted != null) {
            text.append("; the ").append(d.transaction.destination()).append(" allocation (")
                    .append(d.allocationExhausted.cited().citation()).append(") cannot hold this shipment");
        }
        text.append('.');
        if (d.shortfall != null) {
            long rest = d.transaction.quantity() - d.shortfall.unitsThatFit();
            text.append(" License Exception ").append(d.shortfall.code()).append(" would cover ")
                    .append(d.shortfall.unitsThatFit()).append(" of the ").append(d.transaction.quantity())
                    .append(" units (");
            tpp(text, d.shortfall.availableTpp()).append(" left in its quota); the other ").append(rest)
                    .append(" would still need this license. chipex does not split shipments: ship the smaller quantity "
                            + "under the exception and apply for the rest, if that is intended.");
        }
        String citation = d.requirement.cited().citation();
        return build(d, Outcome.LICENSE_REQUIRED, Optional.empty(), Optional.of(d.policy), Optional.of(d.requirement.id()),
                citation, List.of(), verifyNote(d, text));
    }

    private StringBuilder tpp(StringBuilder text, double tpp) {
        return Amounts.appendTppWithH100e(text, tpp, h100eTpp);
    }

    private static StringBuilder requirement(StringBuilder text, DecisionEngine.Decision d) {
        return text.append("a license is required by ").append(d.requirement.id()).append(" (").append(d.requirement.title())
                .append("; ").append(d.requirement.cited().citation()).append(')');
    }

    /**
     * The opening of the explanation, in a builder with room for the rest (one buffer per
     * determination rather than a chain of strings: a batch makes millions of these).
     */
    private StringBuilder header(DecisionEngine.Decision d) {
        Transaction t = d.transaction;
        ItemSummary item = d.item;
        StringBuilder text = new StringBuilder(EXPECTED_LENGTH).append("Under ").append(regime.title()).append(" (").append(regime.id())
                .append(") on ").append(t.date()).append(", ");
        if (t.item() instanceof Item.ModelWeights) {
            text.append("the weights of ").append(item.name()).append(" (").append(item.eccn()).append(')');
        } else {
            text.append(t.quantity()).append(" x ").append(item.name()).append(" (").append(item.eccn())
                    .append(item.paragraph().isEmpty() ? "" : " para. " + item.paragraph()).append("; ");
            tpp(Numbers.appendPlain(text, Math.round(item.tppPerUnit())).append(" TPP each, "), item.totalTpp()).append(" in all)");
        }
        text.append(" to ").append(name(t.destination()));
        Optional.ofNullable(d.tiers.get("destination")).ifPresent(tier -> text.append(", ").append(tier));
        text.append(", for ").append(t.consignee()).append(" (headquartered in ").append(name(t.consigneeHeadquarters()));
        t.parentHeadquarters().ifPresent(p -> text.append(", ultimate parent in ").append(name(p)));
        Optional.ofNullable(d.tiers.get("headquarters")).ifPresent(tier -> text.append(", ").append(tier));
        return text.append(')');
    }

    private String name(String code) {
        String known = names.get(code);
        if (known != null) {
            return known;
        }
        String name = countries.find(code).map(c -> c.name() + " (" + code + ")").orElse(code);
        if (names.size() < NAME_LIMIT) {
            names.put(code, name);
        }
        return name;
    }

    private static StringBuilder firstReason(DecisionEngine.Decision d, StringBuilder text) {
        return d.trace.isEmpty() ? text : text.append(" (e.g. ").append(d.trace.get(0).rule()).append(": ")
                .append(d.trace.get(0).reason()).append(')');
    }

    private String verifyNote(DecisionEngine.Decision d, StringBuilder text) {
        List<String> verify = verify(d);
        if (!verify.isEmpty()) {
            text.append(" Facts behind ").append(String.join(", ", verify))
                    .append(" are marked for verification against the eCFR or are assumptions of this regime.");
        }
        return text.toString();
    }

    private List<String> verify(DecisionEngine.Decision d) {
        boolean requirement = d.requirement != null && needsCheck(d.requirement.cited());
        boolean granted = d.granted != null && needsCheck(d.granted.cited());
        if (requirement && granted) {
            return List.of(d.requirement.id(), d.granted.id());
        }
        return requirement ? List.of(d.requirement.id()) : granted ? List.of(d.granted.id()) : List.of();
    }

    private static boolean needsCheck(Cited cited) {
        return cited.verify() || cited.assumption();
    }

    private Determination build(DecisionEngine.Decision d, Outcome outcome, Optional<String> exception,
                                Optional<dev.chipex.core.regime.ReviewPolicy> policy, Optional<String> rule,
                                String citation, List<String> duties, String explanation) {
        return new Determination(d.transaction.id(), regime.id(), d.transaction.date(), outcome, exception, policy, rule,
                Optional.ofNullable(d.requirement).map(c -> c.id()), citation, d.item, d.tiers, d.parameters, d.debits,
                Optional.ofNullable(d.onApproval), Optional.ofNullable(d.shortfall), duties, d.trace, verify(d), explanation);
    }
}
