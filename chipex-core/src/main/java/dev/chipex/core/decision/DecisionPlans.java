package dev.chipex.core.decision;

import dev.chipex.core.item.Eccn;
import dev.chipex.core.regime.Condition;
import dev.chipex.core.regime.GroupResolver;
import dev.chipex.core.regime.LicenseExceptionRule;
import dev.chipex.core.regime.Regime;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * An engine's decision plans, by what the rules can see of a shipment: its date's epoch, the
 * item as the conditions read it, the classes of its countries on that epoch (see
 * {@link DateEpochs}), the VEU claim, the end use and which consignees named by the rules (if
 * any) it is. The key holds every input of a plan, so a cached plan is the one that would be made
 * afresh. Bounded: past the limit plans are made and not kept.
 * Thread-safe.
 */
final class DecisionPlans {
    private static final int LIMIT = 200_000;

    private final DateEpochs epochs;
    /** Every consignee some rule names: a consignee matters to the plan only as which of them it is. */
    private final List<String> namedConsignees;
    private final Map<Key, DecisionPlan> plans = new ConcurrentHashMap<>();

    /**
     * Countries appear as their classes on the date's epoch, a parent of -1 meaning none; the
     * consignee as the named consignees it matches (null for none).
     */
    private record Key(int epoch, Eccn eccn, boolean datacenter, double tppPerUnit, OptionalDouble memoryBandwidth,
                       String itemName, int destination, int headquarters, int parent, String veu, String endUse,
                       Object consignee) {
        /** Mixed rather than the record's sums of 31-multiples, which small class numbers make collide. */
        @Override
        public int hashCode() {
            long h = epoch;
            h = mix(h, eccn.ordinal());
            h = mix(h, Boolean.hashCode(datacenter));
            h = mix(h, Double.hashCode(tppPerUnit));
            h = mix(h, memoryBandwidth.hashCode());
            h = mix(h, itemName.hashCode());
            h = mix(h, destination);
            h = mix(h, headquarters);
            h = mix(h, parent);
            h = mix(h, Objects.hashCode(veu));
            h = mix(h, Objects.hashCode(endUse));
            h = mix(h, Objects.hashCode(consignee));
            return (int) (h ^ (h >>> 32));
        }

        private static long mix(long h, int value) {
            return (h ^ value) * 0x9E3779B97F4A7C15L;
        }
    }

    /** {@code conditions}: every condition of the regime's controls, review rules and {@code rules}. */
    DecisionPlans(Regime regime, List<LicenseExceptionRule> rules, List<Condition> conditions, GroupResolver groups) {
        this.epochs = new DateEpochs(regime, rules, groups);
        this.namedConsignees = conditions.stream().filter(c -> c instanceof Condition.ConsigneeIn)
                .flatMap(c -> ((Condition.ConsigneeIn) c).consignees().stream()).distinct().toList();
    }

    /**
     * Which named consignees this one is, as ConsigneeIn compares them (ignoring case): a bit per
     * name, or, past 64 names, the consignee itself.
     */
    private Object consigneeClass(String consignee) {
        if (namedConsignees.isEmpty()) {
            return null;
        }
        if (namedConsignees.size() > Long.SIZE) {
            return consignee;
        }
        long matches = 0;
        for (int i = 0; i < namedConsignees.size(); i++) {
            if (namedConsignees.get(i).equalsIgnoreCase(consignee)) {
                matches |= 1L << i;
            }
        }
        return matches == 0 ? null : matches;
    }

    /**
     * Whether the transaction can be planned: chips only, since whether model weights are
     * controlled turns on dated parameters that the epochs do not follow.
     */
    static boolean covers(Transaction t) {
        return t.item() instanceof Item.Chips;
    }

    /** The plan for a chips transaction whose item summary is {@code item}, made by {@code make} when new. */
    DecisionPlan get(Transaction t, ItemSummary item, BiFunction<Transaction, ItemSummary, DecisionPlan> make) {
        Item.Chips chips = (Item.Chips) t.item();
        DateEpochs.Epoch epoch = epochs.of(t.date());
        Key key = new Key(epoch.number, item.eccn(), chips.spec().datacenter(), item.tppPerUnit(),
                chips.memoryBandwidthGBs(), item.name(), epoch.classOf(t.destination()),
                epoch.classOf(t.consigneeHeadquarters()),
                t.parentHeadquarters().isPresent() ? epoch.classOf(t.parentHeadquarters().get()) : -1,
                t.veu().orElse(null), t.endUse().orElse(null), consigneeClass(t.consignee()));
        DecisionPlan known = plans.get(key);
        if (known != null) {
            return known;
        }
        DecisionPlan plan = make.apply(t, item);
        if (plans.size() < LIMIT) {
            plans.putIfAbsent(key, plan);
        }
        return plan;
    }
}
