package dev.chipex.sim;

import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.decision.Detail;
import dev.chipex.core.decision.Determination;
import dev.chipex.core.decision.Transaction;
import dev.chipex.core.quota.InMemoryQuotaBook;
import dev.chipex.core.regime.ReviewPolicy;
import dev.chipex.sim.demand.DemandRecord;
import dev.chipex.sim.demand.DemandSet;
import dev.chipex.sim.scenario.Assumptions;

import java.util.List;

/**
 * One regime over the whole demand set in one run: each record is decided by the engine against
 * this run's quota book, exactly as a real shipment on that date would be; the determination's
 * outcome then ships, debits quota, or goes to license review, whose approval is drawn.
 */
final class RegimeRun {
    private final DemandSet demand;
    private final List<Transaction> transactions;
    private final List<String> tiers;
    private final Assumptions assumptions;
    private final Draw draw;
    private final long runSeed;
    private final InMemoryQuotaBook book = new InMemoryQuotaBook();
    private final RunTally tally = new RunTally();

    /** {@code transactions} and {@code tiers} are the demand's records as transactions and their tiers, in order. */
    RegimeRun(DemandSet demand, List<Transaction> transactions, List<String> tiers, Assumptions assumptions, Draw draw,
              long runSeed) {
        this.demand = demand;
        this.transactions = transactions;
        this.tiers = tiers;
        this.assumptions = assumptions;
        this.draw = draw;
        this.runSeed = runSeed;
    }

    RunTally run(DecisionEngine engine, int dealsReached, double stockTier1) {
        List<DemandRecord> records = demand.records();
        for (int i = 0; i < records.size(); i++) {
            DemandRecord r = records.get(i);
            decide(i, r, engine.decide(transactions.get(i), book, Detail.OUTCOME));
        }
        tally.add(Metric.DEALS_REACHED, dealsReached);
        double shipped = tally.get(Metric.SHIPPED_H100E);
        double relocated = tally.get(Metric.RELOCATED_H100E);
        tally.world = demand.stockH100e() + shipped + relocated + tally.get(Metric.COMPETITOR_H100E);
        tally.tier1World = stockTier1 + tally.shippedByTier.get("tier1") + relocated;
        tally.finish();
        return tally;
    }

    private void decide(int index, DemandRecord r, Determination d) {
        double h100e = d.item().totalH100e();
        tally.add(Metric.DEMAND_H100E, h100e);
        boolean foreign = !r.destination().equals("US");
        if (foreign) {
            tally.foreignDemand += h100e;
        }
        switch (d.outcome()) {
            case NLR:
                ship(r, d, Metric.SHIPPED_NO_LICENSE_H100E, index);
                break;
            case EXCEPTION:
                book.apply(d.debits());
                ship(r, d, Metric.SHIPPED_EXCEPTION_H100E, index);
                break;
            case AUTHORIZED:
                book.apply(d.debits());
                tally.add(Metric.LEVERAGE_H100E, h100e);
                ship(r, d, Metric.SHIPPED_AUTHORIZED_H100E, index);
                break;
            default:
                review(index, r, d, h100e);
        }
    }

    private void review(int index, DemandRecord r, Determination d, double h100e) {
        ReviewPolicy policy = d.policy().orElseThrow();
        tally.add(Metric.LICENSE_APPLICATIONS, 1);
        tally.delayDays += assumptions.reviews().get(policy.code()).delayDays();
        if (Seeds.uniform(runSeed, index) < draw.approval.get(policy)) {
            d.onApproval().ifPresent(debit -> book.apply(List.of(debit)));
            tally.add(Metric.LEVERAGE_H100E, h100e);
            ship(r, d, Metric.SHIPPED_LICENSED_H100E, index);
            return;
        }
        tally.add(Metric.BLOCKED_H100E, h100e);
        tally.blockedByControl.merge(d.requirement().orElse(d.rule().orElse("?")), h100e, Double::sum);
        if (!r.destination().equals("US")) {
            redirect(r, h100e);
        }
    }

    private void ship(DemandRecord r, Determination d, Metric how, int index) {
        double h100e = d.item().totalH100e();
        int year = r.date().getYear();
        String tier = tiers.get(index);
        if (tier.equals("tier3") && d.item().eccn().isParagraphA()) {
            tally.add(Metric.SHIPPED_TIER3_ADVANCED_H100E, h100e);
        }
        tally.add(Metric.SHIPPED_H100E, h100e);
        tally.add(how, h100e);
        tally.shippedByTier.merge(tier, h100e, Double::sum);
        tally.shippedByYear.merge(year, h100e, Double::sum);
        tally.shippedByCountry.merge(r.destination(), h100e, Double::sum);
        if (r.destination().equals("US")) {
            tally.usShippedByYear.merge(year, h100e, Double::sum);
            return;
        }
        tally.foreignShipped += h100e;
        tally.add(Metric.EXPORT_REVENUE_USD, h100e * assumptions.priceUsd().in(year) * draw.priceFactor);
        if (!tier.equals("tier3")) {
            double risk = Math.min(1, assumptions.diversionRisk(r.destination()) * draw.diversionFactor);
            tally.add(Metric.DIVERSION_H100E, h100e * risk);
        }
    }

    /** Denied foreign demand: some moves to the US (within its power), some goes to other suppliers. */
    private void redirect(DemandRecord r, double h100e) {
        int year = r.date().getYear();
        double usRoom = Math.max(0, assumptions.domesticCapacity().in(year)
                - tally.usShippedByYear.getOrDefault(year, 0.0) - tally.relocatedByYear.getOrDefault(year, 0.0));
        double relocated = Math.min(h100e * draw.relocationShare, usRoom);
        tally.relocatedByYear.merge(year, relocated, Double::sum);
        tally.add(Metric.RELOCATED_H100E, relocated);
        double rest = h100e - relocated;
        double competitorRoom = Math.max(0, assumptions.substitutionCapacity().in(year)
                - tally.competitorByYear.getOrDefault(year, 0.0));
        double substituted = Math.min(rest * draw.substitutionShare, competitorRoom);
        tally.competitorByYear.merge(year, substituted, Double::sum);
        tally.add(Metric.COMPETITOR_H100E, substituted);
    }
}
