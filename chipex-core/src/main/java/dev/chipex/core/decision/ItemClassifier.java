package dev.chipex.core.decision;

import dev.chipex.core.item.Classification;
import dev.chipex.core.item.Classifier;
import dev.chipex.core.item.Eccn;
import dev.chipex.core.regime.ModelWeightsRule;
import dev.chipex.core.regime.Numbers;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Classifies a transaction's item: chips by ECCN 3A090/4A090; model weights by the regime's
 * own 4E091 rule, since whether weights are controlled at all depends on the regime.
 */
final class ItemClassifier {
    /**
     * The one speed seam of the decision path: each chip's classification (its TPP over the rates,
     * the 3A090 paragraphs, their notes) worked out once per engine. It was a third of a decision's
     * time, and issue #14's budget (a determination at least 100x faster than the DMN table) needs it
     * gone. A classification depends on the chip alone, so a kept one is the one made afresh.
     * Bounded: items made per row (raw figures) past the limit are classified each time.
     */
    private final Map<Item.Chips, Classification> classified = new ConcurrentHashMap<>();
    private static final int LIMIT = 10_000;
    private final Classifier classifier;

    ItemClassifier(Classifier classifier) {
        this.classifier = classifier;
    }

    ItemSummary summarize(Transaction t, RegimeOnDate regime) {
        if (t.item() instanceof Item.Chips chips) {
            Classification c = classification(chips);
            long total = Math.round(c.tpp() * t.quantity());
            return new ItemSummary(chips.name(), c.eccn(), c.paragraphId(), c.tpp(), total,
                    total / classifier.h100eTpp(), c.notes());
        }
        Item.ModelWeights weights = (Item.ModelWeights) t.item();
        Optional<ModelWeightsRule> rule = regime.regime().modelWeights().filter(r -> r.validity().activeOn(t.date()));
        if (rule.isEmpty()) {
            return weights(weights, Eccn.NONE, "this regime does not control model weights on " + t.date());
        }
        double threshold = regime.value(rule.get().thresholdParameter()).orElse(Double.MAX_VALUE);
        if (weights.openWeights()) {
            return weights(weights, Eccn.NONE, "published (open) weights are excluded from 4E091 ("
                    + rule.get().cited().citation() + ")");
        }
        if (weights.trainingOps() >= threshold) {
            return weights(weights, Eccn.MODEL_WEIGHTS_4E091, "closed weights trained with "
                    + Numbers.plain(weights.trainingOps()) + " operations, at or above " + Numbers.plain(threshold)
                    + ": 4E091 (" + rule.get().cited().citation() + ")");
        }
        return weights(weights, Eccn.NONE, "trained with " + Numbers.plain(weights.trainingOps())
                + " operations, below the 4E091 threshold of " + Numbers.plain(threshold));
    }

    private Classification classification(Item.Chips chips) {
        Classification known = classified.get(chips);
        if (known != null) {
            return known;
        }
        Classification c = classifier.classify(chips.spec(), chips.chipsPerUnit());
        if (classified.size() < LIMIT) {
            classified.put(chips, c);
        }
        return c;
    }

    private static ItemSummary weights(Item.ModelWeights weights, Eccn eccn, String note) {
        return new ItemSummary(weights.name(), eccn, "", 0, 0, 0, List.of(note));
    }

    static boolean datacenter(Transaction t) {
        return !(t.item() instanceof Item.Chips chips) || chips.spec().datacenter();
    }
}
