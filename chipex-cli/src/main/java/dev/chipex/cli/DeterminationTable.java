package dev.chipex.cli;

import dev.chipex.cli.output.Numbers;
import dev.chipex.cli.output.Text;
import dev.chipex.core.decision.Alternative;
import dev.chipex.core.decision.Determination;
import dev.chipex.core.explanation.Explainer;
import dev.chipex.core.decision.Item;
import dev.chipex.core.decision.ItemSummary;
import dev.chipex.core.decision.Transaction;
import dev.chipex.core.quota.QuotaDebit;
import dev.chipex.core.regime.RegimeStatus;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * One determination for a reader: the outcome first, then labelled facts (rule, citation, policy,
 * debits with balances), the explanation, the trace and the alternatives, wrapped to the width.
 */
final class DeterminationTable {
    private static final int LABEL = 13;

    private final int width;
    private final Explainer explainer;
    private final double h100eTpp;

    DeterminationTable(int width, Explainer explainer) {
        this.width = width;
        this.explainer = explainer;
        this.h100eTpp = explainer.h100eTpp();
    }

    void print(PrintWriter out, Transaction t, Determination d, List<Alternative> alternatives, boolean whatIf) {
        out.println(headline(d));
        d.regimeStatus().filter(s -> s != RegimeStatus.IN_FORCE).ifPresent(s -> Text.wrap(statusNote(d, s), width, "", "")
                .forEach(out::println));
        out.println();
        field(out, "regime", d.regime() + ", on " + d.date());
        field(out, "shipment", t.id() + ": " + shipment(t, d.item()));
        field(out, "item", item(d.item()));
        if (!d.tiers().isEmpty()) {
            field(out, "tiers", "destination " + d.tiers().getOrDefault("destination", "-") + "; headquarters "
                    + d.tiers().getOrDefault("headquarters", "-"));
        }
        field(out, "rule", d.rule().orElse("none applies"));
        if (d.outcome().licenseFree() && d.requirement().isPresent()) {
            field(out, "requirement", d.requirement().get() + ", overcome by " + d.rule().orElse("-"));
        }
        field(out, "citation", d.citation());
        field(out, "policy", d.policy().map(p -> p + " (how BIS reviews the license application)")
                .orElse("- (no license application)"));
        List<String> debits = new ArrayList<>();
        d.debits().forEach(debit -> debits.add(debit("now", debit)));
        d.onApproval().ifPresent(debit -> debits.add(debit("if the license is approved", debit)));
        list(out, "debits", debits.isEmpty() ? List.of("none") : debits);
        d.shortfall().ifPresent(s -> field(out, "shortfall", s.code() + " has room for " + Numbers.grouped(s.unitsThatFit(), 0)
                + " of the " + Numbers.grouped(t.quantity(), 0) + " units; the other "
                + Numbers.grouped(t.quantity() - s.unitsThatFit(), 0) + " need the license"));
        if (!d.duties().isEmpty()) {
            list(out, "duties", d.duties());
        }
        List<String> parameters = new ArrayList<>();
        explainer.parameters(d).forEach((name, value) -> parameters.add(name + " = " + value));
        if (!parameters.isEmpty()) {
            list(out, "parameters", parameters);
        }
        if (!d.verify().isEmpty()) {
            field(out, "verify", String.join(", ", d.verify()) + " (facts to check against the eCFR, or assumptions)");
        }
        out.println();
        out.println("Explanation");
        Text.wrap(explainer.paragraph(d), width, "  ", "  ").forEach(out::println);
        out.println();
        out.println("Trace (every rule consulted, in order; + applied, - did not)");
        d.trace().forEach(step -> Text.wrap(step.rule() + " (" + step.kind() + "): " + explainer.reason(d, step), width,
                step.applied() ? "  + " : "  - ", "    ").forEach(out::println));
        if (whatIf) {
            out.println();
            out.println("What would change it (each alone, no earlier quota use)");
            if (alternatives.isEmpty()) {
                out.println("  nothing chipex tries: no smaller quantity, VEU status, agreement or other regime decides it differently");
            }
            alternatives.forEach(a -> Text.wrap(explainer.change(d, a) + ": " + summary(a), width, "  - ", "    ").forEach(out::println));
        }
    }

    /** A determination under a regime that is not enforced law says so before anything else. */
    private static String statusNote(Determination d, RegimeStatus status) {
        String what = status == RegimeStatus.NOT_ENFORCED ? " is not enforced on " + d.date()
                : status == RegimeStatus.RESCINDED ? " is rescinded on " + d.date() : " is a hypothetical option, not law";
        return "Note: " + d.regime() + what + "; for what US authorities enforce, check under us-enforced "
                + "(the default of --regime).";
    }

    private static String headline(Determination d) {
        switch (d.outcome()) {
            case NLR:
                return "NLR: no license required";
            case EXCEPTION:
                return "EXCEPTION " + d.exception().orElse("") + ": no license needed; License Exception "
                        + d.exception().orElse("") + " applies";
            case AUTHORIZED:
                return "AUTHORIZED " + d.exception().orElse("") + ": no license needed; the "
                        + d.exception().orElse("") + " authorization applies";
            default:
                return "LICENSE_REQUIRED: apply for a license; review policy " + d.policy().map(Object::toString).orElse("-");
        }
    }

    private static String summary(Alternative a) {
        return a.outcome() + a.exception().map(e -> " " + e).orElse("") + a.policy().map(p -> " " + p).orElse("")
                + a.rule().map(r -> " (" + r + ")").orElse("");
    }

    private static String shipment(Transaction t, ItemSummary item) {
        String what = t.item() instanceof Item.ModelWeights ? "the weights of " + item.name()
                : Numbers.grouped(t.quantity(), 0) + " x " + item.name();
        return what + " to " + t.destination() + " for " + t.consignee() + " (headquartered in " + t.consigneeHeadquarters()
                + t.parentHeadquarters().map(p -> ", parent in " + p).orElse("") + t.veu().map(v -> ", " + v).orElse("")
                + t.endUse().map(u -> ", end use " + u).orElse("") + ")";
    }

    private String item(ItemSummary item) {
        String eccn = item.eccn().code() + (item.paragraph().isEmpty() ? "" : " (" + item.paragraph() + ")");
        if (item.totalTpp() == 0 && item.tppPerUnit() == 0) {
            return eccn;
        }
        return eccn + "; " + Numbers.grouped(item.tppPerUnit(), 0) + " TPP each; " + Numbers.grouped(item.totalTpp(), 0)
                + " TPP in all (" + Numbers.grouped(item.totalTpp() / h100eTpp, 2) + " H100e)";
    }

    private String debit(String when, QuotaDebit debit) {
        return when + ": " + debit.account().id() + " " + Numbers.grouped(debit.amountTpp(), 0) + " TPP ("
                + Numbers.grouped(debit.amountTpp() / h100eTpp, 2) + " H100e); balance "
                + Numbers.grouped(debit.balanceBeforeTpp(), 0) + " -> " + Numbers.grouped(debit.balanceAfterTpp(), 0)
                + " of " + Numbers.grouped(debit.capacityTpp(), 0) + " TPP (" + debit.rule() + ")";
    }

    private void field(PrintWriter out, String label, String value) {
        String pad = " ".repeat(LABEL);
        Text.wrap(value, width, label + " ".repeat(LABEL - label.length()), pad).forEach(out::println);
    }

    private void list(PrintWriter out, String label, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            field(out, i == 0 ? label : "", values.get(i));
        }
    }
}
