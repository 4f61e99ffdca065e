package dev.chipex.sim;

import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.decision.Determination;
import dev.chipex.core.quota.InMemoryQuotaBook;
import dev.chipex.core.decision.Transaction;
import dev.chipex.core.regime.ReviewPolicy;
import dev.chipex.sim.demand.DemandSet;

import java.util.List;

/**
 * One regime over the whole demand set in one run: each record is decided by the engine against
 * this run's quota book, exactly as a real shipment on that date would be; the determination's
 * outcome then ships, debits quota, or goes to license review, whose approval is drawn. Records
 * must be given in order, each once; the run's state is its own, so runs of several regimes may
 * take turns record by record.
 */
final class RegimeRun {
    private final DemandSet demand;
    private final List<Transaction> transactions;
    private final DemandFacts facts;
    private final DecisionEngine engine;
    private final Draw draw;
    private final InMemoryQuotaBook book = new InMemoryQuotaBook();
    private final long runSeed;
    private final RunTally tally;

    /** {@code transactions} and {@code facts} are the demand's records as transactions and as the run reads them, in order. */
    RegimeRun(DemandSet demand, List<Transaction> transactions, DemandFacts facts, DecisionEngine engine, Draw draw,
              long runSeed) {
        this.demand = demand;
        this.transactions = transactions;
        this.facts = facts;
        this.engine = engine;
        this.tally = new RunTally(facts.years.length, facts.countries.length);
        this.draw = draw;
        this.runSeed = runSeed;
    }

    /** Decides the record at {@code index}, as {@code check} would, and tallies what follows from it. */
    void decide(int index) {
        decided(index, engine.decide(transactions.get(index), book));
    }

    /** The run's tally, once every record has been decided. */
    RunTally finish(int dealsReached, double stockTier1) {
        tally.add(Metric.DEALS_REACHED, dealsReached);
        double shipped = tally.get(Metric.SHIPPED_H100E);
        double relocated = tally.get(Metric.RELOCATED_H100E);
        tally.world = demand.stockH100e() + shipped + relocated + tally.get(Metric.COMPETITOR_H100E);
        tally.tier1World = stockTier1 + tally.shippedInTier[DemandFacts.TIER1] + relocated;
        tally.finish(facts);
        return tally;
    }

    private void decided(int index, Determination d) {
        double h100e = d.item().totalH100e();
        tally.add(Metric.DEMAND_H100E, h100e);
        if (facts.foreign[index]) {
            tally.foreignDemand += h100e;
        }
        switch (d.outcome()) {
            case NLR:
                ship(d, Metric.SHIPPED_NO_LICENSE_H100E, index);
                break;
            case EXCEPTION:
                book.apply(d.debits());
                ship(d, Metric.SHIPPED_EXCEPTION_H100E, index);
                break;
            case AUTHORIZED:
                book.apply(d.debits());
                tally.add(Metric.LEVERAGE_H100E, h100e);
                ship(d, Metric.SHIPPED_AUTHORIZED_H100E, index);
                break;
            default:
                review(index, d, h100e);
        }
    }

    private void review(int index, Determination d, double h100e) {
        ReviewPolicy policy = d.policy().orElseThrow();
        tally.add(Metric.LICENSE_APPLICATIONS, 1);
        tally.delayDays += facts.delayDaysByPolicy[policy.ordinal()];
        if (Seeds.uniform(runSeed, index) < draw.approval.get(policy)) {
            d.onApproval().ifPresent(debit -> book.apply(List.of(debit)));
            tally.add(Metric.LEVERAGE_H100E, h100e);
            ship(d, Metric.SHIPPED_LICENSED_H100E, index);
            return;
        }
        tally.add(Metric.BLOCKED_H100E, h100e);
        tally.block(d.requirement().orElse(d.rule().orElse("?")), h100e);
        if (facts.foreign[index]) {
            redirect(index, h100e);
        }
    }

    private void ship(Determination d, Metric how, int index) {
        double h100e = d.item().totalH100e();
        int year = facts.year[index];
        int tier = facts.tier[index];
        if (tier == DemandFacts.TIER3 && d.item().eccn().isParagraphA()) {
            tally.add(Metric.SHIPPED_TIER3_ADVANCED_H100E, h100e);
        }
        tally.add(Metric.SHIPPED_H100E, h100e);
        tally.add(how, h100e);
        tally.shippedInTier[tier] += h100e;
        tally.shippedInYear[year] += h100e;
        tally.yearShipped[year] = true;
        int country = facts.country[index];
        tally.shippedToCountry[country] += h100e;
        tally.countryShipped[country] = true;
        if (!facts.foreign[index]) {
            tally.usShippedInYear[year] += h100e;
            return;
        }
        tally.foreignShipped += h100e;
        tally.add(Metric.EXPORT_REVENUE_USD, h100e * facts.priceUsdByYear[year] * draw.priceFactor);
        if (tier != DemandFacts.TIER3) {
            double risk = Math.min(1, facts.diversionRiskByCountry[country] * draw.diversionFactor);
            tally.add(Metric.DIVERSION_H100E, h100e * risk);
        }
    }

    /** Denied foreign demand: some moves to the US (within its power), some goes to other suppliers. */
    private void redirect(int index, double h100e) {
        int year = facts.year[index];
        double usRoom = Math.max(0, facts.domesticCapacityByYear[year]
                - tally.usShippedInYear[year] - tally.relocatedInYear[year]);
        double relocated = Math.min(h100e * draw.relocationShare, usRoom);
        tally.relocatedInYear[year] += relocated;
        tally.add(Metric.RELOCATED_H100E, relocated);
        double rest = h100e - relocated;
        double competitorRoom = Math.max(0, facts.substitutionCapacityByYear[year] - tally.competitorInYear[year]);
        double substituted = Math.min(rest * draw.substitutionShare, competitorRoom);
        tally.competitorInYear[year] += substituted;
        tally.add(Metric.COMPETITOR_H100E, substituted);
    }
}
