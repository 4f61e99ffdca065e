package dev.chipex.core.decision;

import dev.chipex.core.regime.Condition;
import dev.chipex.core.regime.Control;
import dev.chipex.core.regime.LicenseExceptionRule;
import dev.chipex.core.regime.OutcomeKind;
import dev.chipex.core.regime.Validity;

import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The trace steps whose words depend on the rule alone (a control that applies, a rule whose n-th
 * condition fails, a rule without quota that applies) or on the rule and the date (not in force,
 * an allocation that does not cover the destination), made once per engine and shared by every
 * full determination that takes them. A batch then holds one copy of each such reason rather
 * than one per row, and these are most of a trace; only the steps that quote quota balances are
 * made per shipment. Thread-safe; the dated steps are bounded (past the limit, made and not kept).
 */
final class TraceSteps {
    private static final int DATED_LIMIT = 100_000;

    /** Per rule, by identity: the step when its condition i fails at [i], and when it applies last. */
    private final Map<Object, TraceStep[]> byRule = new IdentityHashMap<>();
    private final Map<DatedKey, TraceStep> dated = new ConcurrentHashMap<>();

    /** {@code detail} is what the words depend on besides the rule and the date. */
    private record DatedKey(String rule, String kind, Object detail, LocalDate date) {
    }

    TraceSteps(List<Control> controls, List<LicenseExceptionRule> rules, Function<List<Condition>, String> describe) {
        for (Control c : controls) {
            byRule.put(c, steps(c.id(), "control", c.conditions(), "requires a license: " + describe.apply(c.conditions())));
        }
        for (LicenseExceptionRule r : rules) {
            byRule.put(r, steps(r.id(), kind(r), r.conditions(), "applies: " + describe.apply(r.conditions())));
        }
    }

    static String kind(LicenseExceptionRule rule) {
        return rule.kind() == OutcomeKind.EXCEPTION ? "exception" : "authorization";
    }

    private static TraceStep[] steps(String rule, String kind, List<Condition> conditions, String applies) {
        TraceStep[] steps = new TraceStep[conditions.size() + 1];
        for (int i = 0; i < conditions.size(); i++) {
            steps[i] = new TraceStep(rule, kind, false, "does not apply: not (" + conditions.get(i).describe() + ")");
        }
        steps[conditions.size()] = new TraceStep(rule, kind, true, applies);
        return steps;
    }

    /** {@code rule} (a control or an exception of the engine) does not apply: its condition {@code index} fails. */
    TraceStep failing(Object rule, int index) {
        return byRule.get(rule)[index];
    }

    /** {@code rule} applies (for an exception: one that needs no quota). */
    TraceStep applies(Object rule) {
        TraceStep[] steps = byRule.get(rule);
        return steps[steps.length - 1];
    }

    TraceStep notInForce(String rule, String kind, Validity validity, LocalDate date) {
        return dated(new DatedKey(rule, kind, validity, date),
                () -> new TraceStep(rule, kind, false, "not in force on " + date + " (in force " + validity + ")"));
    }

    TraceStep notCovering(String allocation, String destination, LocalDate date) {
        return dated(new DatedKey(allocation, "allocation", destination, date),
                () -> new TraceStep(allocation, "allocation", false, "does not cover " + destination + " on " + date));
    }

    private TraceStep dated(DatedKey key, Supplier<TraceStep> make) {
        TraceStep known = dated.get(key);
        if (known != null) {
            return known;
        }
        TraceStep step = make.get();
        if (dated.size() < DATED_LIMIT) {
            dated.putIfAbsent(key, step);
        }
        return step;
    }
}
