package dev.chipex.core.explanation;

import dev.chipex.core.decision.Alternative;
import dev.chipex.core.decision.Determination;
import dev.chipex.core.decision.ItemSummary;
import dev.chipex.core.quota.QuotaDebit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A determination as plain ordered maps and lists, the one shape the CLI's JSON and the HTTP
 * API both serialise. The first eight fields are the public contract (ARCHITECTURE.md §6):
 * {@code id, outcome, exception, policy, control, citation, explanation, debits}.
 */
public final class DeterminationFields {
    private DeterminationFields() {
    }

    /** The determination's fields, its words written by {@code explainer} (the deciding engine's). */
    public static Map<String, Object> of(Determination d, Explainer explainer) {
        double h100eTpp = explainer.h100eTpp();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.transactionId());
        m.put("outcome", d.outcome().name());
        m.put("exception", d.exception().orElse(null));
        m.put("policy", d.policy().map(Object::toString).orElse(null));
        m.put("control", d.rule().orElse(null));
        m.put("citation", d.citation());
        m.put("explanation", explainer.paragraph(d));
        List<Object> debits = new ArrayList<>();
        d.debits().forEach(debit -> debits.add(debit(debit, "now", h100eTpp)));
        d.onApproval().ifPresent(debit -> debits.add(debit(debit, "on-license-approval", h100eTpp)));
        m.put("debits", debits);
        m.put("regime", d.regime());
        m.put("regimeStatus", d.regimeStatus().map(Object::toString).orElse(null));
        m.put("date", d.date().toString());
        m.put("requirement", d.requirement().orElse(null));
        m.put("item", item(d.item()));
        // Sorted: a Determination keeps its tiers in an immutable map, whose order changes from one JVM to the next.
        m.put("tiers", new java.util.TreeMap<>(d.tiers()));
        m.put("parameters", explainer.parameters(d));
        m.put("shortfall", d.shortfall().map(s -> {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("rule", s.rule());
            f.put("exception", s.code());
            f.put("unitsThatFit", s.unitsThatFit());
            f.put("availableTpp", s.availableTpp());
            f.put("neededTpp", s.neededTpp());
            return f;
        }).orElse(null));
        m.put("duties", d.duties());
        m.put("verify", d.verify());
        List<Object> trace = new ArrayList<>();
        d.trace().forEach(step -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("rule", step.rule());
            s.put("kind", step.kind());
            s.put("applied", step.applied());
            s.put("reason", explainer.reason(d, step));
            trace.add(s);
        });
        m.put("trace", trace);
        return m;
    }

    /** An alternative to {@code d}, its change in {@code explainer}'s words. */
    public static Map<String, Object> of(Determination d, Alternative a, Explainer explainer) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", a.kind());
        m.put("change", explainer.change(d, a));
        m.put("outcome", a.outcome().name());
        m.put("exception", a.exception().orElse(null));
        m.put("policy", a.policy().map(Object::toString).orElse(null));
        m.put("control", a.rule().orElse(null));
        return m;
    }

    private static Map<String, Object> item(ItemSummary item) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", item.name());
        m.put("eccn", item.eccn().code());
        m.put("paragraph", item.paragraph().isEmpty() ? null : item.paragraph());
        m.put("tppPerUnit", item.tppPerUnit());
        m.put("totalTpp", item.totalTpp());
        m.put("h100Equivalents", item.totalH100e());
        m.put("notes", item.notes());
        return m;
    }

    private static Map<String, Object> debit(QuotaDebit debit, String when, double h100eTpp) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("account", debit.account().id());
        m.put("kind", debit.account().kind().name());
        m.put("holder", debit.account().holder());
        m.put("period", debit.account().period());
        m.put("when", when);
        m.put("amountTpp", debit.amountTpp());
        m.put("amountH100e", debit.amountTpp() / h100eTpp);
        m.put("capacityTpp", debit.capacityTpp());
        m.put("balanceBeforeTpp", debit.balanceBeforeTpp());
        m.put("balanceAfterTpp", debit.balanceAfterTpp());
        m.put("rule", debit.rule());
        return m;
    }
}
