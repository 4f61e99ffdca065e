package dev.chipex.cli;

import dev.chipex.core.regime.AllocationRule;
import dev.chipex.core.regime.Control;
import dev.chipex.core.regime.Deal;
import dev.chipex.core.regime.LicenseExceptionRule;
import dev.chipex.core.regime.Parameter;
import dev.chipex.core.regime.Regime;
import dev.chipex.core.regime.ReviewRule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Describes a regime's rules in words for {@link RegimeView}, with parameter values read on one date. */
final class RegimeRules {
    private final Regime regime;
    private final LocalDate on;

    RegimeRules(Regime regime, LocalDate on) {
        this.regime = regime;
        this.on = on;
    }

    String value(String parameter) {
        Parameter p = regime.parameters().get(parameter);
        if (p == null || p.valueOn(on).isEmpty()) {
            return "none on " + on;
        }
        return RegimeView.number(p.valueOn(on).getAsDouble()) + " " + p.unit();
    }

    RegimeView.RuleView control(Control c) {
        List<String> details = new ArrayList<>();
        details.add("when " + RegimeView.describe(c.conditions()));
        details.add("in force " + c.validity());
        for (ReviewRule review : c.review()) {
            details.add("review " + review.policy() + " when " + RegimeView.describe(review.conditions())
                    + (review.validity().from().isPresent() || review.validity().until().isPresent()
                    ? " (" + review.validity() + ")" : "") + " [" + review.cited().citation() + "]");
        }
        details.add("review " + c.defaultPolicy() + " otherwise");
        c.allocation().ifPresent(a -> details.add("licenses draw on allocation " + a));
        return new RegimeView.RuleView(c.id(), c.title(), details, c.cited().citation(), c.cited().confidence().name(),
                RegimeView.marks(c.cited()));
    }

    RegimeView.RuleView exception(LicenseExceptionRule e) {
        List<String> details = new ArrayList<>();
        details.add(e.kind().name().toLowerCase(java.util.Locale.ROOT) + ", priority " + e.priority() + ": " + e.purpose());
        details.add("when " + RegimeView.describe(e.conditions()));
        details.add("overcomes " + (e.overcomes().isEmpty() ? "every control" : String.join(", ", e.overcomes())));
        details.add("in force " + e.validity());
        e.quota().ifPresent(q -> details.add(RegimeView.quota(q, value(q.capacityParameter()))));
        e.duties().forEach(d -> details.add("duty: " + d));
        return new RegimeView.RuleView(e.id(), e.code(), details, e.cited().citation(), e.cited().confidence().name(),
                RegimeView.marks(e.cited()));
    }

    RegimeView.RuleView allocation(AllocationRule a) {
        return new RegimeView.RuleView(a.id(), a.purpose(), List.of(RegimeView.allocationText(a, value(a.capacityParameter())),
                "in force " + a.validity()), a.cited().citation(), a.cited().confidence().name(), RegimeView.marks(a.cited()));
    }

    RegimeView.RuleView deal(Deal d) {
        List<String> details = new ArrayList<>();
        details.add("for " + d.country() + d.consignee().map(c -> " (" + c + " only)").orElse("") + ", in force "
                + d.validity());
        details.add("yearly quota " + d.quotaParameter() + " = " + value(d.quotaParameter()));
        details.add("overcomes " + (d.overcomes().isEmpty() ? "every control" : String.join(", ", d.overcomes())));
        d.concessions().forEach(c -> details.add("concession: " + c));
        return new RegimeView.RuleView(d.id(), "bilateral deal with " + d.country(), details, d.cited().citation(),
                d.cited().confidence().name(), RegimeView.marks(d.cited()));
    }
}
