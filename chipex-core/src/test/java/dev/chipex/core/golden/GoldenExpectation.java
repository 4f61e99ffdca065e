package dev.chipex.core.golden;

import dev.chipex.core.decision.Determination;
import dev.chipex.core.decision.Outcome;
import dev.chipex.core.regime.ReviewPolicy;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a golden case expects, by codes. {@code exception} and {@code policy} are always
 * compared (absent means the determination has none); the others only when given.
 */
record GoldenExpectation(Outcome outcome, Optional<String> exception, Optional<ReviewPolicy> policy,
                         Optional<String> rule, Optional<String> requirement, Optional<Long> shortfallUnits,
                         Optional<String> onApproval, Optional<String> debit) {

    static GoldenExpectation from(GoldenValues v) {
        v.allowOnly("outcome", "exception", "policy", "rule", "requirement", "shortfall_units", "on_approval", "debit");
        Optional<ReviewPolicy> policy = v.optionalText("policy").map(code -> ReviewPolicy.fromCode(code)
                .orElseThrow(() -> new IllegalArgumentException(v.where() + ": unknown policy '" + code + "'")));
        return new GoldenExpectation(Outcome.valueOf(v.text("outcome")), v.optionalText("exception"), policy,
                v.optionalText("rule"), v.optionalText("requirement"),
                v.optionalText("shortfall_units").map(Long::parseLong), v.optionalText("on_approval"),
                v.optionalText("debit"));
    }

    void check(Determination d) {
        String why = "\ntrace: " + d.trace();
        assertThat(d.outcome()).as("outcome" + why).isEqualTo(outcome);
        assertThat(d.exception()).as("exception" + why).isEqualTo(exception);
        assertThat(d.policy()).as("policy" + why).isEqualTo(policy);
        rule.ifPresent(r -> assertThat(d.rule()).as("rule" + why).contains(r));
        requirement.ifPresent(r -> assertThat(d.requirement()).as("requirement" + why).contains(r));
        shortfallUnits.ifPresent(u -> assertThat(d.shortfall()).as("shortfall" + why)
                .hasValueSatisfying(s -> assertThat(s.unitsThatFit()).isEqualTo(u)));
        onApproval.ifPresent(a -> assertThat(d.onApproval()).as("onApproval" + why)
                .hasValueSatisfying(debit -> assertThat(debit.account().id()).isEqualTo(a)));
        debit.ifPresent(a -> assertThat(d.debits()).as("debits" + why)
                .anySatisfy(x -> assertThat(x.account().id()).isEqualTo(a)));
    }
}
