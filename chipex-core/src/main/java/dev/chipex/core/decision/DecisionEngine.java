package dev.chipex.core.decision;

import dev.chipex.core.item.Classifier;
import dev.chipex.core.quota.QuotaAccount;
import dev.chipex.core.quota.QuotaBook;
import dev.chipex.core.quota.QuotaDebit;
import dev.chipex.core.regime.AllocationRule;
import dev.chipex.core.regime.Cited;
import dev.chipex.core.regime.Condition;
import dev.chipex.core.regime.Control;
import dev.chipex.core.regime.GroupResolver;
import dev.chipex.core.regime.LicenseExceptionRule;
import dev.chipex.core.regime.OutcomeKind;
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
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides transactions under one regime. Pure and deterministic given (regime, transaction,
 * quota book); thread-safe. Controls are consulted in order and the first that applies
 * requires a license, unless an exception or authorization that overcomes it applies and its
 * quota has room for the whole shipment.
 */
public final class DecisionEngine {
    private final Regime regime;
    private final Classifier classifier;
    private final ItemClassifier items;
    private final GroupResolver groups;
    /** The regime's exceptions, authorizations and deals, in the order they are tried. */
    private final List<LicenseExceptionRule> rules;
    /** The first day of every span in which nothing of the regime changes. */
    private final NavigableSet<LocalDate> changeDates;
    /** The regime on each span a shipment has been dated in, by the span's first day. */
    private final Map<LocalDate, RegimeOnDate> spans = new ConcurrentHashMap<>();

    private DecisionEngine(Regime regime, Classifier classifier) {
        this.regime = regime;
        this.classifier = classifier;
        this.items = new ItemClassifier(classifier);
        this.groups = GroupResolver.of(regime);
        List<LicenseExceptionRule> all = new ArrayList<>(regime.exceptions());
        all.addAll(DealRules.of(regime.deals()));
        all.sort(Comparator.comparingInt(LicenseExceptionRule::priority));
        this.rules = List.copyOf(all);
        this.changeDates = changeDates(regime, rules, groups);
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

    /** TPP of one H100-equivalent, as this engine's classifier counts it. */
    public double h100eTpp() {
        return classifier.h100eTpp();
    }

    /** The regime's exceptions, authorizations and deals, in the order they are tried. */
    public List<LicenseExceptionRule> rules() {
        return rules;
    }

    /** The regime as it stands on the date. */
    public RegimeOnDate onDate(LocalDate date) {
        LocalDate start = changeDates.floor(date);
        return spans.computeIfAbsent(start == null ? LocalDate.MIN : start,
                s -> new RegimeOnDate(regime, rules, groups, date, classifier.h100eTpp()));
    }

    /** Every condition the regime's rules test (controls, their review rules, exceptions, deals), in rule order. */
    List<Condition> conditions() {
        List<Condition> all = new ArrayList<>();
        for (Control c : regime.controls()) {
            all.addAll(c.conditions());
            c.review().forEach(r -> all.addAll(r.conditions()));
        }
        rules.forEach(rule -> all.addAll(rule.conditions()));
        return all;
    }

    /** Decides the transaction against what the book says each quota has used. */
    public Determination decide(Transaction t, QuotaBook book) {
        RegimeOnDate on = onDate(t.date());
        ItemSummary item = items.summarize(t, on);
        TransactionFacts facts = new TransactionFacts(t, item, ItemClassifier.datacenter(t), on);
        Decision d = new Decision(t, item, on);
        RegimeOnDate.ControlOnDate required = null;
        for (RegimeOnDate.ControlOnDate c : on.controls()) {
            TraceStep.Finding found = test(c.inForce(), c.control().conditions(), facts);
            d.trace.add(new TraceStep(c.control().id(), "control", found));
            if (found.applied()) {
                required = c;
                break;
            }
        }
        if (required == null) {
            return d.noLicenseRequired();
        }
        Control control = required.control();
        for (RegimeOnDate.RuleOnDate r : required.overcomeBy()) {
            LicenseExceptionRule rule = r.rule();
            TraceStep.Finding found = test(r.inForce(), rule.conditions(), facts);
            if (!found.applied()) {
                d.trace.add(new TraceStep(rule.id(), kind(rule), found));
            } else if (rule.quota().isEmpty() || item.totalTpp() == 0) {
                d.trace.add(new TraceStep(rule.id(), kind(rule), found));
                return d.granted(control, rule, List.of());
            } else {
                QuotaAccount account = Quotas.account(rule.quota().get(), rule.id(), t);
                String capacity = rule.quota().get().capacityParameter();
                d.parameters.put(capacity, new ParameterValue.Tpp(on.tpp(capacity)));
                Quotas.Room room = room(account, (long) Math.floor(on.tpp(capacity)), book, item);
                if (room.fits()) {
                    d.trace.add(new TraceStep(rule.id(), kind(rule), new TraceStep.QuotaHasRoom(account, room.availableTpp())));
                    return d.granted(control, rule, List.of(room.debit(rule.id())));
                }
                d.shortOf(rule, room);
            }
        }
        return licenseRequired(required, facts, book, d);
    }

    private Determination licenseRequired(RegimeOnDate.ControlOnDate required, TransactionFacts facts, QuotaBook book,
                                          Decision d) {
        Control control = required.control();
        Optional<ReviewRule> review = control.review().stream().filter(r -> r.appliesTo(facts)).findFirst();
        ReviewPolicy policy = review.map(ReviewRule::policy).orElse(control.defaultPolicy());
        QuotaDebit onApproval = null;
        if (required.allocation().isPresent()) {
            AllocationRule a = required.allocation().get();
            Transaction t = d.transaction;
            if (!d.on.covers(a, t.destination())) {
                d.trace.add(new TraceStep(a.id(), "allocation", new TraceStep.AllocationNotCovering()));
            } else {
                long capacity = d.on.allocationCapacityTpp(a, t.destination(), d.parameters);
                Quotas.Room room = room(Quotas.allocationAccount(a, t), capacity, book, d.item);
                if (room.fits()) {
                    onApproval = room.debit(a.id());
                    d.trace.add(new TraceStep(a.id(), "allocation",
                            new TraceStep.AllocationHasRoom(room.account(), room.availableTpp())));
                } else {
                    policy = a.exhaustedPolicy();
                    d.trace.add(new TraceStep(a.id(), "allocation",
                            new TraceStep.AllocationExhausted(room.neededTpp(), room.availableTpp(), policy)));
                }
            }
        }
        return d.licenseRequired(control, policy, review.map(r -> r.cited().citation()), onApproval);
    }

    /** The one test of a quota: what the book has used of the account against its capacity. */
    private static Quotas.Room room(QuotaAccount account, long capacityTpp, QuotaBook book, ItemSummary item) {
        return new Quotas.Room(account, capacityTpp, book.usedTpp(account), item.totalTpp(), item.tppPerUnit());
    }

    private static final TraceStep.Finding APPLIES = new TraceStep.Applies();
    private static final TraceStep.Finding NOT_IN_FORCE = new TraceStep.NotInForce();

    /** Whether a rule applies: in force in the span, and every condition holding; else the first that fails. */
    private static TraceStep.Finding test(boolean inForce, List<Condition> conditions, TransactionFacts facts) {
        if (!inForce) {
            return NOT_IN_FORCE;
        }
        for (int i = 0; i < conditions.size(); i++) {
            if (!conditions.get(i).holds(facts)) {
                return new TraceStep.FailsCondition(i);
            }
        }
        return APPLIES;
    }

    static String kind(LicenseExceptionRule rule) {
        return rule.kind() == OutcomeKind.EXCEPTION ? "exception" : "authorization";
    }

    /**
     * The first day of every span in which nothing the engine reads changes: group memberships and
     * agreements, every rule's dates, every parameter's dated values.
     */
    private static NavigableSet<LocalDate> changeDates(Regime regime, List<LicenseExceptionRule> rules,
                                                       GroupResolver groups) {
        NavigableSet<LocalDate> dates = new TreeSet<>(groups.changeDates());
        List<Validity> validities = new ArrayList<>();
        for (Control c : regime.controls()) {
            validities.add(c.validity());
            c.review().forEach(r -> validities.add(r.validity()));
        }
        rules.forEach(r -> validities.add(r.validity()));
        regime.allocations().forEach(a -> validities.add(a.validity()));
        regime.agreements().forEach(a -> validities.add(a.validity()));
        regime.modelWeights().ifPresent(m -> validities.add(m.validity()));
        for (Validity v : validities) {
            v.from().ifPresent(dates::add);
            v.until().ifPresent(dates::add);
        }
        regime.parameters().values().forEach(p -> p.values().forEach(v -> v.from().ifPresent(dates::add)));
        regime.statuses().forEach(s -> s.from().ifPresent(dates::add));
        return java.util.Collections.unmodifiableNavigableSet(dates);
    }

    /** One decision under way: what has been found so far. */
    private final class Decision {
        final Transaction transaction;
        final ItemSummary item;
        final RegimeOnDate on;
        final List<TraceStep> trace = new ArrayList<>();
        final Map<String, ParameterValue> parameters = new LinkedHashMap<>();
        Shortfall shortfall;

        Decision(Transaction transaction, ItemSummary item, RegimeOnDate on) {
            this.transaction = transaction;
            this.item = item;
            this.on = on;
        }

        /** The rule's quota was too small: noted in the trace, and kept as the shortfall if more units fit than before. */
        void shortOf(LicenseExceptionRule rule, Quotas.Room room) {
            long fit = room.unitsThatFit();
            trace.add(new TraceStep(rule.id(), kind(rule), new TraceStep.QuotaTooSmall(room.account(), room.neededTpp(),
                    room.availableTpp(), fit)));
            if (shortfall == null || fit > shortfall.unitsThatFit()) {
                shortfall = new Shortfall(rule.id(), rule.code(), fit, room.availableTpp(), room.neededTpp());
            }
        }

        Determination noLicenseRequired() {
            String citation = item.eccn().code().equals("none") ? "not classified in 3A090/4A090.a-b or 4E091"
                    : regime.citation();
            return new Determination(transaction, regime.id(), on.status(), Outcome.NLR, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), citation, Optional.empty(), item, on.tiers(transaction),
                    parameters, List.of(), Optional.empty(), Optional.ofNullable(shortfall), List.of(), trace, List.of());
        }

        Determination granted(Control control, LicenseExceptionRule rule, List<QuotaDebit> debits) {
            Outcome outcome = rule.kind() == OutcomeKind.EXCEPTION ? Outcome.EXCEPTION : Outcome.AUTHORIZED;
            return new Determination(transaction, regime.id(), on.status(), outcome, Optional.of(rule.code()), Optional.empty(),
                    Optional.of(rule.id()), Optional.of(control.id()), rule.cited().citation(), Optional.empty(), item,
                    on.tiers(transaction), parameters, debits, Optional.empty(), Optional.ofNullable(shortfall),
                    rule.duties(), trace, verify(control.id(), control.cited(), rule.id(), rule.cited()));
        }

        Determination licenseRequired(Control control, ReviewPolicy policy, Optional<String> reviewCitation,
                                      QuotaDebit onApproval) {
            return new Determination(transaction, regime.id(), on.status(), Outcome.LICENSE_REQUIRED, Optional.empty(),
                    Optional.of(policy), Optional.of(control.id()), Optional.of(control.id()), control.cited().citation(),
                    reviewCitation, item, on.tiers(transaction), parameters, List.of(), Optional.ofNullable(onApproval),
                    Optional.ofNullable(shortfall), List.of(), trace, verify(control.id(), control.cited(), null, null));
        }
    }

    /** The deciding rules whose facts are still to be verified or are assumptions of the regime. */
    private static List<String> verify(String control, Cited controlCited, String granted, Cited grantedCited) {
        List<String> ids = new ArrayList<>(2);
        if (controlCited.verify() || controlCited.assumption()) {
            ids.add(control);
        }
        if (granted != null && (grantedCited.verify() || grantedCited.assumption())) {
            ids.add(granted);
        }
        return ids;
    }
}
