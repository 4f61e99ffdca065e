package dev.chipex.core.decision;

import dev.chipex.core.item.Eccn;
import dev.chipex.core.regime.Condition;
import dev.chipex.core.regime.Control;
import dev.chipex.core.regime.GroupResolver;
import dev.chipex.core.regime.LicenseExceptionRule;
import dev.chipex.core.regime.Regime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * An engine's decision plans, by what the rules can see of a shipment: its date's epoch, the
 * item as the conditions read it, the countries, the VEU claim, the end use and (only when some
 * rule names consignees) the consignee. The key holds every input of a plan, so a cached plan
 * is the one that would be made afresh. Bounded: past the limit plans are made and not kept.
 * Thread-safe.
 */
final class DecisionPlans {
    private static final int LIMIT = 200_000;

    private final DateEpochs epochs;
    private final boolean testsConsignee;
    private final Map<Key, DecisionPlan> plans = new ConcurrentHashMap<>();

    private record Key(int epoch, Eccn eccn, boolean datacenter, double tppPerUnit, OptionalDouble memoryBandwidth,
                       String itemName, String destination, String headquarters, String parent, String veu,
                       String endUse, String consignee) {
    }

    DecisionPlans(Regime regime, List<LicenseExceptionRule> rules, GroupResolver groups) {
        this.epochs = new DateEpochs(regime, rules, groups);
        List<Condition> all = new ArrayList<>();
        for (Control c : regime.controls()) {
            all.addAll(c.conditions());
            c.review().forEach(r -> all.addAll(r.conditions()));
        }
        rules.forEach(r -> all.addAll(r.conditions()));
        this.testsConsignee = all.stream().anyMatch(c -> c instanceof Condition.ConsigneeIn);
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
        Key key = new Key(epochs.of(t.date()), item.eccn(), chips.spec().datacenter(), item.tppPerUnit(),
                chips.memoryBandwidthGBs(), item.name(), t.destination(), t.consigneeHeadquarters(),
                t.parentHeadquarters().orElse(null), t.veu().orElse(null), t.endUse().orElse(null),
                testsConsignee ? t.consignee() : null);
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
