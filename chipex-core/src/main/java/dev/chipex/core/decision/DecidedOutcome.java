package dev.chipex.core.decision;

import dev.chipex.core.item.Classifier;
import dev.chipex.core.quota.QuotaDebit;
import dev.chipex.core.regime.ReviewPolicy;

import java.util.List;
import java.util.Optional;

/**
 * A determination at {@link Detail#OUTCOME} in parts, filled in place by
 * {@link DecisionEngine#decide(Transaction, dev.chipex.core.quota.QuotaBook, DecidedOutcome)} for a caller that reads
 * millions of them and keeps none (a simulation): the outcome, rule, policy and quota figures of
 * the {@link Determination} the engine would return, without building it. {@link #toDetermination}
 * builds it, equal to what {@code decide(t, book, Detail.OUTCOME)} returns.
 * <p>
 * One holder may serve several engines deciding the same shipment in turn (a shipment under
 * every regime of a simulation): the item summary of chips depends on the classifier alone, not
 * on the regime, so it is worked out by the first engine and reused by the others with the same
 * classifier; likewise the consignee's quota holder name. Each decision replaces the last one's
 * parts. Not thread-safe: one per thread.
 */
public final class DecidedOutcome {
    /** The shipment and classifier the shared parts below were worked out for. */
    private Transaction sharedFor;
    private Classifier sharedBy;
    private ItemSummary sharedItem;
    private String holder;

    Transaction transaction;
    /** A plan's kept determination, or the whole determination when it was decided rule by rule. */
    private Determination kept;
    private boolean whole;
    ItemSummary item;
    ReviewPolicy policy;
    List<QuotaDebit> debits;
    QuotaDebit onApproval;
    Shortfall shortfall;

    /** The item summary of {@code t}'s chips as {@code classifier} makes it, worked out once per shipment. */
    ItemSummary chipsSummary(Transaction t, Classifier classifier, ItemClassifier items) {
        if (sharedFor != t || sharedBy != classifier) {
            sharedFor = t;
            sharedBy = classifier;
            sharedItem = items.summarize(t);
            holder = null;
        }
        return sharedItem;
    }

    /** The consignee's quota holder name, worked out once per shipment (call after {@link #chipsSummary}). */
    String holder() {
        if (holder == null) {
            holder = Quotas.holder(sharedFor.consignee());
        }
        return holder;
    }

    /** Fills in a planned determination: {@code kept} with this shipment's figures, as {@link DecisionPlan#of}. */
    void planned(Determination kept, Transaction t, ItemSummary item, ReviewPolicy policy, List<QuotaDebit> debits,
                 QuotaDebit onApproval, Shortfall shortfall) {
        this.kept = kept;
        this.whole = false;
        this.transaction = t;
        this.item = item;
        this.policy = policy;
        this.debits = debits;
        this.onApproval = onApproval;
        this.shortfall = shortfall;
    }

    /** Holds a determination decided rule by rule. */
    void whole(Determination d) {
        this.kept = d;
        this.whole = true;
        this.transaction = null;
        this.item = d.item();
        this.policy = d.policy().orElse(null);
        this.debits = d.debits();
        this.onApproval = d.onApproval().orElse(null);
        this.shortfall = d.shortfall().orElse(null);
    }

    public Outcome outcome() {
        return kept.outcome();
    }

    /** The id of the rule that decided: the control, or the exception or authorization that granted; empty for NLR. */
    public Optional<String> rule() {
        return kept.rule();
    }

    /** The control that required a license, also when an exception overcame it. */
    public Optional<String> requirement() {
        return kept.requirement();
    }

    public ItemSummary item() {
        return item;
    }

    /** The review policy when a license is required, else null. */
    public ReviewPolicy policy() {
        return policy;
    }

    /** Quota taken now (by an exception or authorization). */
    public List<QuotaDebit> debits() {
        return debits;
    }

    /** The allocation a license would draw on if approved, else null. */
    public QuotaDebit onApproval() {
        return onApproval;
    }

    /** The determination {@code decide(t, book, Detail.OUTCOME)} returns for the last shipment decided. */
    public Determination toDetermination() {
        return whole ? kept : DecisionPlan.of(kept, transaction, item, policy, debits, onApproval, shortfall);
    }
}
