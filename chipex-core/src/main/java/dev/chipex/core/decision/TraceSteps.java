package dev.chipex.core.decision;

import dev.chipex.core.quota.QuotaAccount;
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
    /**
     * Per rule, by identity, its last not-in-force step and the date of it: a batch in date order
     * asks for the same one row after row, and this skips hashing and comparing a dated key.
     */
    private final Map<Object, LastDated> lastNotInForce = new IdentityHashMap<>();

    /** Written with an immutable value and read without a lock: a reader that misses a write looks the step up again. */
    private static final class LastDated {
        private DatedStep last;
    }

    private record DatedStep(LocalDate date, TraceStep step) {
    }
    private final Map<DatedKey, TraceStep> dated = new ConcurrentHashMap<>();

    /** {@code detail} is what the words depend on besides the rule and the date. */
    private record DatedKey(String rule, String kind, Object detail, LocalDate date) {
    }

    TraceSteps(List<Control> controls, List<LicenseExceptionRule> rules, Function<List<Condition>, String> describe) {
        for (Control c : controls) {
            byRule.put(c, steps(c.id(), "control", c.conditions(), "requires a license: " + describe.apply(c.conditions())));
            lastNotInForce.put(c, new LastDated());
        }
        for (LicenseExceptionRule r : rules) {
            byRule.put(r, steps(r.id(), kind(r), r.conditions(), "applies: " + describe.apply(r.conditions())));
            lastNotInForce.put(r, new LastDated());
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

    /** {@code rule} (a control or an exception of the engine, whose id, kind and validity follow) is not in force on the date. */
    TraceStep notInForce(Object rule, String id, String kind, Validity validity, LocalDate date) {
        LastDated slot = lastNotInForce.get(rule);
        DatedStep last = slot.last;
        if (last != null && last.date().equals(date)) {
            return last.step();
        }
        TraceStep step = notInForce(id, kind, validity, date);
        slot.last = new DatedStep(date, step);
        return step;
    }

    private TraceStep notInForce(String rule, String kind, Validity validity, LocalDate date) {
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

    /** {@code account}'s id ({@link QuotaAccount#id}) written onto {@code text} without making it as a string. */
    static StringBuilder appendAccount(StringBuilder text, QuotaAccount account) {
        return text.append(account.kind().name()).append('/').append(account.holder()).append('/').append(account.period());
    }

    /* The steps that quote a shipment's balances, made per shipment: each reason written in this thread's buffer. */

    private static final ThreadLocal<StringBuilder> BUFFER = ThreadLocal.withInitial(() -> new StringBuilder(256));

    private static StringBuilder buffer(String opening) {
        StringBuilder text = BUFFER.get();
        text.setLength(0);
        return text.append(opening);
    }

    /** An exception or authorization applies and its quota has room. */
    static TraceStep quotaHasRoom(String rule, String kind, QuotaAccount account, long available, double h100eTpp) {
        StringBuilder text = appendAccount(buffer("applies and its quota "), account).append(" has room: ");
        return new TraceStep(rule, kind, true, Amounts.appendTppWithH100e(text, available, h100eTpp).append(" available").toString());
    }

    /** An exception or authorization whose conditions hold, but whose quota is too small for the shipment. */
    static TraceStep quotaTooSmall(String rule, String kind, QuotaAccount account, long need, long available, long fit,
                                   double h100eTpp) {
        StringBuilder text = appendAccount(buffer("conditions hold but quota "), account)
                .append(" is too small: needs ");
        Amounts.appendTppWithH100e(text, need, h100eTpp).append(", ");
        Amounts.appendTppWithH100e(text, available, h100eTpp).append(" available (").append(fit).append(" units would fit)");
        return new TraceStep(rule, kind, false, text.toString());
    }

    /** A license would draw on an allocation that has room. */
    static TraceStep allocationHasRoom(String allocation, QuotaAccount account, long available, double h100eTpp) {
        StringBuilder text = appendAccount(buffer("a license would draw on "), account).append(": ");
        return new TraceStep(allocation, "allocation", true,
                Amounts.appendTppWithH100e(text, available, h100eTpp).append(" available").toString());
    }
}
