package dev.chipex.core.decision;

import dev.chipex.core.item.Classifier;
import dev.chipex.core.quota.QuotaAccount;
import dev.chipex.core.quota.QuotaBook;
import dev.chipex.core.quota.QuotaDebit;
import dev.chipex.core.regime.AllocationRule;
import dev.chipex.core.regime.Condition;
import dev.chipex.core.regime.Control;
import dev.chipex.core.regime.GroupResolver;
import dev.chipex.core.regime.LicenseExceptionRule;
import dev.chipex.core.regime.Regime;
import dev.chipex.core.regime.ReviewPolicy;
import dev.chipex.core.regime.ReviewRule;
import dev.chipex.core.regime.Validity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides transactions under one regime. Pure and deterministic given (regime, transaction,
 * quota book); thread-safe. Controls are consulted in order and the first that applies
 * requires a license, unless an exception or authorization that overcomes it applies and its
 * quota has room for the whole shipment.
 */
public final class DecisionEngine {
    private final Regime regime;
    private final GroupResolver groups;
    private final Classifier classifier;
    private final ItemClassifier items;
    private final Quotas quotas;
    /** The exceptions and authorizations that can overcome each control, in priority order. */
    private final Map<String, List<LicenseExceptionRule>> rulesByControl = new java.util.HashMap<>();
    private final TierIndex tierIndex;
    private final Map<String, AllocationRule> allocations = new LinkedHashMap<>();
    private final Explanations explanations;
    private final Map<List<Condition>, String> descriptions = new java.util.concurrent.ConcurrentHashMap<>();
    /** Every condition of the regime's controls, their review rules and the exceptions, deals included. */
    private final List<Condition> conditions;
    private final DecisionPlans plans;
    private final TraceSteps steps;
    private final java.util.function.BiFunction<Transaction, ItemSummary, DecisionPlan> planner = this::plan;

    private DecisionEngine(Regime regime, Classifier classifier) {
        this.regime = regime;
        this.groups = GroupResolver.of(regime);
        this.classifier = classifier;
        this.items = new ItemClassifier(classifier, regime);
        this.quotas = new Quotas(regime, classifier.h100eTpp());
        List<LicenseExceptionRule> all = new ArrayList<>(regime.exceptions());
        all.addAll(DealRules.of(regime.deals()));
        all.sort(Comparator.comparingInt(LicenseExceptionRule::priority));
        List<Condition> conditions = new ArrayList<>();
        for (Control c : regime.controls()) {
            rulesByControl.put(c.id(), all.stream().filter(rule -> rule.overcomes(c.id())).toList());
            conditions.addAll(c.conditions());
            c.review().forEach(r -> conditions.addAll(r.conditions()));
        }
        all.forEach(rule -> conditions.addAll(rule.conditions()));
        this.conditions = List.copyOf(conditions);
        this.tierIndex = new TierIndex(regime.tiers(), groups);
        regime.allocations().forEach(a -> allocations.put(a.id(), a));
        this.explanations = new Explanations(regime, classifier.h100eTpp());
        this.plans = new DecisionPlans(regime, all, this.conditions, groups);
        this.steps = new TraceSteps(regime.controls(), all, this::describe);
    }

    public static DecisionEngine of(Regime regime) {
        return new DecisionEngine(regime, Classifier.bundled());
    }

    public static DecisionEngine of(Regime regime, Classifier classifier) {
        return new DecisionEngine(regime, classifier);
    }

    public Regime regime() {
        return regime;
    }

    /** Every condition the regime's rules test, in rule order. */
    List<Condition> conditions() {
        return conditions;
    }

    public GroupResolver groups() {
        return groups;
    }

    /**
     * The country's cap under the allocation on the date, in whole TPP, with the agreement
     * multiplier and country factor applied; the parameters used are put in {@code used}.
     */
    public long allocationCapacityTpp(AllocationRule rule, String country, LocalDate date, Map<String, String> used) {
        return quotas.allocationCapacity(rule, country, date, (name, value) -> used.put(name, value.get()));
    }

    /** Decides with the full explanation, trace and parameters: what a compliance officer files. */
    public Determination decide(Transaction t, QuotaBook book) {
        return decide(t, book, Detail.FULL);
    }

    /**
     * Decides at the given detail. {@link Detail#OUTCOME} gives the same outcome, rule, policy and
     * debits, but skips the words (for simulation at scale); for chips it starts from the cached
     * plan of shipments alike (see {@link DecisionPlans}), so only the quotas are looked at anew.
     */
    public Determination decide(Transaction t, QuotaBook book, Detail detail) {
        if (detail == Detail.OUTCOME && DecisionPlans.covers(t)) {
            return decidePlanned(t, items.summarize(t), book, null);
        }
        return decideRuleByRule(t, book, detail);
    }

    /**
     * Decides at {@link Detail#OUTCOME} into {@code into}, in parts, without building the
     * {@link Determination} ({@link DecidedOutcome#toDetermination} builds the one
     * {@code decide(t, book, Detail.OUTCOME)} returns). What does not depend on the regime (the
     * chips' item summary, the consignee's holder name) is reused from the last engine that
     * decided {@code t} into the same holder, when its classifier is this engine's.
     */
    public void decide(Transaction t, QuotaBook book, DecidedOutcome into) {
        if (DecisionPlans.covers(t)) {
            decidePlanned(t, into.chipsSummary(t, classifier, items), book, into);
        } else {
            into.whole(decideRuleByRule(t, book, Detail.OUTCOME));
        }
    }

    /**
     * Decides at {@link Detail#OUTCOME} from the cached plan of shipments like this one, so only
     * the quotas are looked at per shipment, and the determination is one the plan keeps with
     * this shipment's figures put in: returned when {@code into} is null, else put in it (and
     * null returned). Gives what {@link #decideRuleByRule} gives.
     */
    private Determination decidePlanned(Transaction t, ItemSummary item, QuotaBook book, DecidedOutcome into) {
        DecisionPlan plan = plans.get(t, item, planner);
        if (plan.control() == null) {
            return end(into, plan.licenseFree(), t, item, null, List.of(), null, null);
        }
        Shortfall shortfall = null;
        List<LicenseExceptionRule> candidates = plan.candidates();
        for (int i = 0; i < candidates.size(); i++) {
            LicenseExceptionRule rule = candidates.get(i);
            if (rule.quota().isEmpty() || item.totalTpp() == 0) {
                return end(into, plan.grants().get(i), t, item, null, List.of(), null, shortfall);
            }
            QuotaAccount account = quotas.account(rule.quota().get(), rule.id(), t, into);
            long capacity = quotas.capacity(rule.quota().get().capacityParameter(), t.date());
            long used = book.usedTpp(account);
            long need = item.totalTpp();
            if (used + need <= capacity) {
                return end(into, plan.grants().get(i), t, item, null,
                        List.of(new QuotaDebit(account, need, capacity, used, rule.id())), null, shortfall);
            }
            long available = Math.max(0, capacity - used);
            long fit = unitsThatFit(available, item.tppPerUnit());
            if (shortfall == null || fit > shortfall.unitsThatFit()) {
                shortfall = new Shortfall(rule.id(), rule.code(), fit, available, need);
            }
        }
        ReviewPolicy policy = plan.policy();
        QuotaDebit onApproval = null;
        AllocationRule allocation = plan.allocation();
        if (allocation != null) {
            QuotaAccount account = quotas.allocationAccount(allocation, t);
            long capacity = quotas.allocationCapacity(allocation, t.destination(), t.date(), null);
            long used = book.usedTpp(account);
            long need = item.totalTpp();
            if (used + need <= capacity) {
                onApproval = new QuotaDebit(account, need, capacity, used, allocation.id());
            } else {
                policy = allocation.exhaustedPolicy();
            }
        }
        return end(into, plan.licenseRequired(), t, item, policy, List.of(), onApproval, shortfall);
    }

    /** The planned determination, built when {@code into} is null, else put in {@code into} (then null). */
    private static Determination end(DecidedOutcome into, Determination kept, Transaction t, ItemSummary item,
                                     ReviewPolicy policy, List<QuotaDebit> debits, QuotaDebit onApproval,
                                     Shortfall shortfall) {
        if (into == null) {
            return DecisionPlan.of(kept, t, item, policy, debits, onApproval, shortfall);
        }
        into.planned(kept, t, item, policy, debits, onApproval, shortfall);
        return null;
    }

    /**
     * The plan for shipments like {@code t}: every test of the rules made, no quota looked at,
     * and the determinations it can end in, as {@link Explanations} makes them for {@code t}.
     */
    private DecisionPlan plan(Transaction t, ItemSummary item) {
        TransactionFacts facts = new TransactionFacts(t, item, items.datacenter(t), groups);
        Map<String, String> tiers = tiers(t);
        Control control = null;
        for (Control c : regime.controls()) {
            if (failing(c.validity(), c.conditions(), facts) == APPLIES) {
                control = c;
                break;
            }
        }
        if (control == null) {
            return new DecisionPlan(null, List.of(), null, null,
                    explanations.noLicenseRequired(new Decision(t, item, tiers, false)), List.of(), null);
        }
        List<LicenseExceptionRule> candidates = new ArrayList<>();
        List<Determination> grants = new ArrayList<>();
        for (LicenseExceptionRule rule : rulesByControl.get(control.id())) {
            if (failing(rule.validity(), rule.conditions(), facts) == APPLIES) {
                candidates.add(rule);
                Decision granted = new Decision(t, item, tiers, false);
                granted.requirement = control;
                granted.granted = rule;
                grants.add(explanations.granted(granted));
            }
        }
        ReviewRule review = review(control, facts);
        AllocationRule allocation = control.allocation().map(allocations::get).filter(a -> covers(a, t)).orElse(null);
        Decision required = new Decision(t, item, tiers, false);
        required.requirement = control;
        required.policy = review == null ? control.defaultPolicy() : review.policy();
        return new DecisionPlan(control, candidates, required.policy, allocation, null, grants,
                explanations.licenseRequired(required));
    }

    /** Every rule tested in turn, with the trace when explaining: the path of full determinations. */
    Determination decideRuleByRule(Transaction t, QuotaBook book, Detail detail) {
        ItemSummary item = items.summarize(t);
        TransactionFacts facts = new TransactionFacts(t, item, items.datacenter(t), groups);
        Decision d = new Decision(t, item, tiers(t), detail == Detail.FULL);
        Control control = null;
        for (Control c : regime.controls()) {
            int failing = failing(c.validity(), c.conditions(), facts);
            if (d.explain) {
                d.trace.add(failing == APPLIES
                        ? steps.applies(c) : notApplying(c, c.id(), "control", c.validity(), facts, failing));
            }
            if (failing == APPLIES) {
                control = c;
                break;
            }
        }
        if (control == null) {
            return explanations.noLicenseRequired(d);
        }
        d.requirement = control;
        for (LicenseExceptionRule rule : rulesByControl.get(control.id())) {
            if (tryRule(rule, facts, book, d)) {
                return explanations.granted(d);
            }
        }
        return licenseRequired(control, facts, book, d);
    }

    private boolean tryRule(LicenseExceptionRule rule, TransactionFacts facts, QuotaBook book, Decision d) {
        int failing = failing(rule.validity(), rule.conditions(), facts);
        if (failing != APPLIES) {
            if (d.explain) {
                d.trace.add(notApplying(rule, rule.id(), TraceSteps.kind(rule), rule.validity(), facts, failing));
            }
            return false;
        }
        return useQuota(rule, book, d);
    }

    /** Grants a rule whose conditions hold if it needs no quota or its quota has room; notes a shortfall if not. */
    private boolean useQuota(LicenseExceptionRule rule, QuotaBook book, Decision d) {
        String kind = TraceSteps.kind(rule);
        if (rule.quota().isEmpty() || d.item.totalTpp() == 0) {
            if (d.explain) {
                d.trace.add(steps.applies(rule));
            }
            d.granted = rule;
            return true;
        }
        QuotaAccount account = quotas.account(rule.quota().get(), rule.id(), d.transaction);
        long capacity = quotas.capacity(rule.quota().get().capacityParameter(), d.transaction.date(), d);
        long used = book.usedTpp(account);
        long need = d.item.totalTpp();
        if (used + need <= capacity) {
            d.debits = List.of(new QuotaDebit(account, need, capacity, used, rule.id()));
            if (d.explain) {
                d.trace.add(TraceSteps.quotaHasRoom(rule.id(), kind, account, capacity - used, quotas.h100eTpp()));
            }
            d.granted = rule;
            return true;
        }
        long available = Math.max(0, capacity - used);
        long fit = unitsThatFit(available, d.item.tppPerUnit());
        if (d.shortfall == null || fit > d.shortfall.unitsThatFit()) {
            d.shortfall = new Shortfall(rule.id(), rule.code(), fit, available, need);
        }
        if (d.explain) {
            d.trace.add(TraceSteps.quotaTooSmall(rule.id(), kind, account, need, available, fit, quotas.h100eTpp()));
        }
        return false;
    }

    private static long unitsThatFit(long availableTpp, double tppPerUnit) {
        if (tppPerUnit <= 0) {
            return 0;
        }
        long units = (long) Math.floor(availableTpp / tppPerUnit);
        while (units > 0 && Math.round(units * tppPerUnit) > availableTpp) {
            units--;
        }
        return units;
    }

    private Determination licenseRequired(Control control, TransactionFacts facts, QuotaBook book, Decision d) {
        ReviewRule review = review(control, facts);
        d.policy = review == null ? control.defaultPolicy() : review.policy();
        d.reviewCitation = review == null ? null : review.cited().citation();
        control.allocation().map(allocations::get).ifPresent(a -> applyAllocation(a, book, d));
        return explanations.licenseRequired(d);
    }

    /** The control's first review rule that applies, null when its default policy stands. */
    private static ReviewRule review(Control control, TransactionFacts facts) {
        for (ReviewRule review : control.review()) {
            if (review.appliesTo(facts)) {
                return review;
            }
        }
        return null;
    }

    private boolean covers(AllocationRule a, Transaction t) {
        return a.validity().activeOn(t.date()) && groups.contains(a.group(), t.destination(), t.date());
    }

    private void applyAllocation(AllocationRule a, QuotaBook book, Decision d) {
        Transaction t = d.transaction;
        if (!covers(a, t)) {
            if (d.explain) {
                d.trace.add(steps.notCovering(a.id(), t.destination(), t.date()));
            }
            return;
        }
        drawOnAllocation(a, book, d);
    }

    /** A license would draw on the allocation if it has room; else the allocation's exhausted policy applies. */
    private void drawOnAllocation(AllocationRule a, QuotaBook book, Decision d) {
        Transaction t = d.transaction;
        QuotaAccount account = quotas.allocationAccount(a, t);
        long capacity = quotas.allocationCapacity(a, t, d);
        long used = book.usedTpp(account);
        long need = d.item.totalTpp();
        if (used + need <= capacity) {
            d.onApproval = new QuotaDebit(account, need, capacity, used, a.id());
            if (d.explain) {
                d.trace.add(TraceSteps.allocationHasRoom(a.id(), account, capacity - used, quotas.h100eTpp()));
            }
        } else {
            d.policy = a.exhaustedPolicy();
            d.allocationExhausted = a;
            d.trace(a.id(), "allocation", true, () -> "exhausted for this shipment: needs "
                    + Amounts.tppWithH100e(need, quotas.h100eTpp()) + ", " + Amounts.tppWithH100e(Math.max(0, capacity - used),
                    quotas.h100eTpp()) + " left; review policy becomes " + a.exhaustedPolicy());
        }
    }

    private Map<String, String> tiers(Transaction t) {
        if (regime.tiers().isEmpty()) {
            return Map.of();
        }
        Map<String, String> onDate = tierIndex.on(t.date());
        String destination = onDate.get(t.destination());
        String hq = onDate.get(t.consigneeHeadquarters());
        String parent = t.parentHeadquarters().isPresent() ? onDate.get(t.parentHeadquarters().get()) : null;
        if (parent != null && (hq == null || regime.tiers().indexOf(parent) > regime.tiers().indexOf(hq))) {
            hq = parent;
        }
        return tierIndex.tiers(destination, hq);
    }

    /** {@link #failing}'s answer when the rule applies; {@link #NOT_IN_FORCE} when its dates exclude the shipment. */
    private static final int APPLIES = -1;
    private static final int NOT_IN_FORCE = -2;

    /** Which of a rule's conditions fails first (its index), or why else it does not apply; no words made. */
    private static int failing(Validity validity, List<Condition> conditions, TransactionFacts facts) {
        if (!validity.activeOn(facts.date())) {
            return NOT_IN_FORCE;
        }
        for (int i = 0; i < conditions.size(); i++) {
            if (!conditions.get(i).holds(facts)) {
                return i;
            }
        }
        return APPLIES;
    }

    /**
     * The trace step of a rule that does not apply, given what {@link #failing} found: shared, as
     * its words depend only on the rule and the failing condition, or the date when not in force.
     */
    private TraceStep notApplying(Object rule, String id, String kind, Validity validity, TransactionFacts facts,
                                  int failing) {
        return failing == NOT_IN_FORCE ? steps.notInForce(rule, id, kind, validity, facts.date()) : steps.failing(rule, failing);
    }

    private String describe(List<Condition> conditions) {
        return descriptions.computeIfAbsent(conditions, DecisionEngine::describeAll);
    }

    private static String describeAll(List<Condition> conditions) {
        if (conditions.isEmpty()) {
            return "always";
        }
        StringBuilder text = new StringBuilder();
        for (Condition c : conditions) {
            text.append(text.length() == 0 ? "" : "; ").append(c.describe());
        }
        return text.toString();
    }

    /** The working state of one decision, turned into a Determination by {@link Explanations}. */
    static final class Decision {
        final Transaction transaction;
        final ItemSummary item;
        final Map<String, String> tiers;
        final boolean explain;
        /** Immutable and empty unless explaining, so a simulation allocates neither. */
        final List<TraceStep> trace;
        /**
         * Made on the first parameter named (many shipments name none): a read-only view of
         * {@link #filled} that the determination keeps as it is.
         */
        Map<String, String> parameters = Map.of();
        private LinkedHashMap<String, String> filled;
        List<QuotaDebit> debits = List.of();
        Control requirement;
        LicenseExceptionRule granted;
        ReviewPolicy policy;
        String reviewCitation;
        QuotaDebit onApproval;
        AllocationRule allocationExhausted;
        Shortfall shortfall;

        Decision(Transaction transaction, ItemSummary item, Map<String, String> tiers, boolean explain) {
            this.transaction = transaction;
            this.item = item;
            this.tiers = tiers;
            this.explain = explain;
            this.trace = explain ? new ArrayList<>() : List.of();
        }

        void param(String name, java.util.function.Supplier<String> value) {
            if (explain) {
                param(name, value.get());
            }
        }

        /** Only when explaining. */
        void param(String name, String value) {
            if (filled == null) {
                filled = new LinkedHashMap<>();
                parameters = new UsedParameters(filled);
            }
            filled.put(name, value);
        }

        void trace(String rule, String kind, boolean applied, java.util.function.Supplier<String> reason) {
            if (explain) {
                trace.add(new TraceStep(rule, kind, applied, reason.get()));
            }
        }
    }
}
