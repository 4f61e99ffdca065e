package dev.chipex.core.decision;

import dev.chipex.core.item.Eccn;
import dev.chipex.core.regime.Condition;
import dev.chipex.core.regime.GroupResolver;
import dev.chipex.core.regime.LicenseExceptionRule;
import dev.chipex.core.regime.Regime;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * An engine's decision plans, by what the rules can see of a shipment: its date's epoch, the
 * item as the conditions read it, the classes of its countries on that epoch (see
 * {@link DateEpochs}), the VEU claim, the end use and which consignees named by the rules (if
 * any) it is, each numbered and packed in one long key. The key holds every input of a plan, so
 * a cached plan is the one that would be made afresh. Bounded: past the limit plans are made and
 * not kept.
 * Thread-safe.
 */
final class DecisionPlans {
    private static final int LIMIT = 200_000;
    /** Bits of the packed key per part (63 in all): a part numbered past its width is planned afresh, not kept. */
    private static final int EPOCH_BITS = 10;
    private static final int ITEM_BITS = 10;
    private static final int CLASS_BITS = 8;
    private static final int WORD_BITS = 5;
    private static final int CONSIGNEE_BITS = 9;

    private final DateEpochs epochs;
    /** Every consignee some rule names: a consignee matters to the plan only as which of them it is. */
    private final List<String> namedConsignees;
    private final PlanTable plans = new PlanTable();
    /** Items numbered by what the conditions read of them, so the key holds a small number, not five fields. */
    private final Map<ItemFields, Integer> itemNumbers = new ConcurrentHashMap<>();
    /**
     * The same numbers by item identity: readers share one Item per chip, and this skips hashing
     * the fields per shipment. Copy-on-write so reads take no lock; bounded like ItemClassifier's.
     */
    private volatile IdentityHashMap<Item.Chips, Integer> itemsSeen = new IdentityHashMap<>();
    private static final int IDENTITY_LIMIT = 256;
    /** VEU claims and end uses, numbered (0 for none). */
    private final Map<String, Integer> words = new ConcurrentHashMap<>();
    /** Which named consignees a consignee is ({@link #consigneeClass}), numbered (0 for none of them). */
    private final Map<Object, Integer> consigneeClasses = new ConcurrentHashMap<>();

    /** What the conditions read of an item: its number stands for these. */
    private record ItemFields(Eccn eccn, boolean datacenter, double tppPerUnit, OptionalDouble memoryBandwidth,
                              String name) {
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
        long packed = part(0, epoch.number, EPOCH_BITS);
        packed = part(packed, itemNumber(chips, item), ITEM_BITS);
        packed = part(packed, epoch.classOf(t.destination()), CLASS_BITS);
        packed = part(packed, epoch.classOf(t.consigneeHeadquarters()), CLASS_BITS);
        packed = part(packed, t.parentHeadquarters().isPresent() ? epoch.classOf(t.parentHeadquarters().get()) + 1 : 0,
                CLASS_BITS);
        packed = part(packed, word(t.veu()), WORD_BITS);
        packed = part(packed, word(t.endUse()), WORD_BITS);
        packed = part(packed, consigneeNumber(t.consignee()), CONSIGNEE_BITS);
        if (packed < 0) {
            return make.apply(t, item);
        }
        DecisionPlan known = plans.get(packed);
        if (known != null) {
            return known;
        }
        DecisionPlan plan = make.apply(t, item);
        if (plans.size() < LIMIT) {
            plans.put(packed, plan);
        }
        return plan;
    }

    /** {@code packed} shifted to take {@code number} in {@code bits}; negative from then on when it does not fit. */
    private static long part(long packed, int number, int bits) {
        if (packed < 0 || number >= 1 << bits) {
            return -1;
        }
        return packed << bits | number;
    }

    private int itemNumber(Item.Chips chips, ItemSummary item) {
        Integer known = itemsSeen.get(chips);
        if (known != null) {
            return known;
        }
        ItemFields fields = new ItemFields(item.eccn(), chips.spec().datacenter(), item.tppPerUnit(),
                chips.memoryBandwidthGBs(), item.name());
        int number = number(itemNumbers, fields, ITEM_BITS);
        if (itemsSeen.size() < IDENTITY_LIMIT) {
            synchronized (this) {
                IdentityHashMap<Item.Chips, Integer> grown = new IdentityHashMap<>(itemsSeen);
                grown.put(chips, number);
                itemsSeen = grown;
            }
        }
        return number;
    }

    private int consigneeNumber(String consignee) {
        Object matches = consigneeClass(consignee);
        return matches == null ? 0 : number(consigneeClasses, matches, CONSIGNEE_BITS);
    }

    private int word(Optional<String> word) {
        return word.isEmpty() ? 0 : number(words, word.get(), WORD_BITS);
    }

    /**
     * The value's number in {@code numbers}, a new one when it is new (from 1: 0 is kept for none);
     * past what {@code bits} can hold, a number that does not fit, so that the map stays bounded.
     */
    private static <T> int number(Map<T, Integer> numbers, T value, int bits) {
        Integer known = numbers.get(value);
        if (known != null) {
            return known;
        }
        synchronized (numbers) {
            return numbers.size() >= (1 << bits) - 1 ? 1 << bits : numbers.computeIfAbsent(value, v -> numbers.size() + 1);
        }
    }
}
