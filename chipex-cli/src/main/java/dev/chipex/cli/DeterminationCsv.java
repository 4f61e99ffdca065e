package dev.chipex.cli;

import dev.chipex.cli.output.Numbers;
import dev.chipex.core.decision.Determination;
import dev.chipex.core.explanation.Explainer;
import dev.chipex.core.quota.QuotaDebit;

import java.util.ArrayList;
import java.util.List;

/**
 * A determination as one CSV row: the eight contract fields first, lists flattened with " | ",
 * each debit as "when account amount TPP (balance after of capacity TPP left)".
 */
final class DeterminationCsv {
    static final List<String> HEADER = List.of("id", "outcome", "exception", "policy", "control", "citation",
            "explanation", "debits", "regime", "date", "requirement", "item", "eccn", "total_tpp", "h100e",
            "units_that_fit", "duties", "verify");

    private DeterminationCsv() {
    }

    static List<String> row(Determination d, Explainer explainer) {
        double h100eTpp = explainer.h100eTpp();
        List<String> debits = new ArrayList<>();
        d.debits().forEach(debit -> debits.add(debit("now", debit)));
        d.onApproval().ifPresent(debit -> debits.add(debit("on-license-approval", debit)));
        return List.of(d.transactionId(), d.outcome().name(), d.exception().orElse(""),
                d.policy().map(Object::toString).orElse(""), d.rule().orElse(""), d.citation(), explainer.paragraph(d),
                String.join(" | ", debits), d.regime(), d.date().toString(), d.requirement().orElse(""), d.item().name(),
                d.item().eccn().code(), Long.toString(d.item().totalTpp()),
                Numbers.round(d.item().totalTpp() / h100eTpp, 2).toPlainString(),
                d.shortfall().map(s -> Long.toString(s.unitsThatFit())).orElse(""), String.join(" | ", d.duties()),
                String.join(" | ", d.verify()));
    }

    private static String debit(String when, QuotaDebit debit) {
        return when + " " + debit.account().id() + " " + debit.amountTpp() + " TPP (" + debit.balanceAfterTpp() + " of "
                + debit.capacityTpp() + " TPP left)";
    }
}
