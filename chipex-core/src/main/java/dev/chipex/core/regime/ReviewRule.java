package dev.chipex.core.regime;

import java.util.List;
import java.util.Objects;

/** A license review policy that applies when its conditions hold, within its validity. */
public record ReviewRule(List<Condition> conditions, ReviewPolicy policy, Validity validity, Cited cited) {
    public ReviewRule {
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(cited, "cited");
    }

    public boolean appliesTo(Facts facts) {
        return validity.activeOn(facts.date()) && conditions.stream().allMatch(c -> c.holds(facts));
    }
}
