package dev.chipex.core.decision;

import dev.chipex.core.item.Classification;
import dev.chipex.core.item.Classifier;
import dev.chipex.core.item.Eccn;
import dev.chipex.core.regime.Numbers;
import dev.chipex.core.regime.Regime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Classifies a transaction's item: chips by ECCN 3A090/4A090; model weights by the regime's
 * own 4E091 rule, since whether weights are controlled at all depends on the regime.
 */
final class ItemClassifier {
    private final Classifier classifier;
    private final Regime regime;
    private final java.util.Map<Item.Chips, Classification> classified = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * The same classifications by item identity. Readers share one Item per catalog chip, and
     * hashing a Chips record (name, spec, rates) on every shipment cost more than deciding.
     * Copy-on-write so reads take no lock; bounded so items made per row do not grow it.
     */
    private volatile java.util.IdentityHashMap<Item.Chips, ItemSummary> byIdentity = new java.util.IdentityHashMap<>();
    private static final int IDENTITY_LIMIT = 256;

    ItemClassifier(Classifier classifier, Regime regime) {
        this.classifier = classifier;
        this.regime = regime;
    }

    ItemSummary summarize(Transaction t) {
        if (t.item() instanceof Item.Chips chips) {
            ItemSummary unit = perUnit(chips);
            long total = Math.round(unit.tppPerUnit() * t.quantity());
            return new ItemSummary(unit.name(), unit.eccn(), unit.paragraph(), unit.tppPerUnit(), total,
                    total / classifier.h100eTpp(), unit.notes());
        }
        Item.ModelWeights weights = (Item.ModelWeights) t.item();
        return new ItemSummary(weights.name(), weightsEccn(weights, t.date()), "", 0, 0, 0, weightsNotes(weights, t.date()));
    }

    /** The summary of one unit: what every shipment of these chips shares. */
    private ItemSummary perUnit(Item.Chips chips) {
        ItemSummary known = byIdentity.get(chips);
        if (known != null) {
            return known;
        }
        Classification c = classified.computeIfAbsent(chips, k -> classifier.classify(k.spec(), k.chipsPerUnit()));
        long total = Math.round(c.tpp());
        ItemSummary unit = new ItemSummary(chips.name(), c.eccn(), c.paragraphId(), c.tpp(), total,
                total / classifier.h100eTpp(), c.notes());
        if (byIdentity.size() < IDENTITY_LIMIT) {
            java.util.IdentityHashMap<Item.Chips, ItemSummary> grown = new java.util.IdentityHashMap<>(byIdentity);
            grown.put(chips, unit);
            byIdentity = grown;
        }
        return unit;
    }

    boolean datacenter(Transaction t) {
        return !(t.item() instanceof Item.Chips chips) || chips.spec().datacenter();
    }

    private Eccn weightsEccn(Item.ModelWeights weights, LocalDate date) {
        if (weights.openWeights() || regime.modelWeights().isEmpty()) {
            return Eccn.NONE;
        }
        var rule = regime.modelWeights().get();
        if (!rule.validity().activeOn(date)) {
            return Eccn.NONE;
        }
        double threshold = regime.parameters().get(rule.thresholdParameter()).valueOn(date).orElse(Double.MAX_VALUE);
        return weights.trainingOps() >= threshold ? Eccn.MODEL_WEIGHTS_4E091 : Eccn.NONE;
    }

    private List<String> weightsNotes(Item.ModelWeights weights, LocalDate date) {
        List<String> notes = new ArrayList<>();
        if (regime.modelWeights().isEmpty() || !regime.modelWeights().get().validity().activeOn(date)) {
            notes.add("this regime does not control model weights on " + date);
            return notes;
        }
        var rule = regime.modelWeights().get();
        double threshold = regime.parameters().get(rule.thresholdParameter()).valueOn(date).orElse(Double.MAX_VALUE);
        if (weights.openWeights()) {
            notes.add("published (open) weights are excluded from 4E091 (" + rule.cited().citation() + ")");
        } else if (weights.trainingOps() >= threshold) {
            notes.add("closed weights trained with " + Numbers.plain(weights.trainingOps()) + " operations, at or above "
                    + Numbers.plain(threshold) + ": 4E091 (" + rule.cited().citation() + ")");
        } else {
            notes.add("trained with " + Numbers.plain(weights.trainingOps()) + " operations, below the 4E091 threshold of "
                    + Numbers.plain(threshold));
        }
        return notes;
    }
}
