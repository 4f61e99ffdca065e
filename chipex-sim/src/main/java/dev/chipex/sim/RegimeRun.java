package dev.chipex.sim;

import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.decision.Determination;
import dev.chipex.core.decision.Outcome;
import dev.chipex.core.decision.TraceStep;
import dev.chipex.core.decision.Transaction;
import dev.chipex.core.ledger.FleetRuleCheck;
import dev.chipex.core.quota.InMemoryQuotaBook;
import dev.chipex.core.quota.QuotaDebit;
import dev.chipex.core.quota.QuotaKind;
import dev.chipex.core.regime.ReviewPolicy;
import dev.chipex.sim.demand.DemandSet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One regime over the whole demand set in one run: each record is decided by the engine against
 * this run's quota book, exactly as a real shipment on that date would be; the determination's
 * outcome then ships, debits quota, or goes to license review, whose approval is drawn. A record
 * standing for several buyers is decided once, as one of them, and counts for all: quota each buyer
 * holds alone (LPP) is taken once, quota they share (a country allocation, a deal) for all of them,
 * and when a shared quota covers only some, the rest are decided again with it used up. A UVEU
 * deployment that would break a fleet-share rule is decided without the claim, as the exporter who
 * checked it would have to. Records must be given in order, each once; the run's state is its own,
 * so runs of several regimes may take turns record by record.
 */
final class RegimeRun {
    private static final int MAX_PORTIONS = 4;

    private final DemandSet demand;
    private final List<Transaction> transactions;
    private final List<Transaction> withoutVeu;
    private final DemandFacts facts;
    private final DecisionEngine engine;
    private final Draw draw;
    private final InMemoryQuotaBook book = new InMemoryQuotaBook();
    private final long runSeed;
    private final double[] weights;
    private final FleetLimits limits;
    private final RecordLog log;
    private final RunTally tally;
    private final double h100eTpp;

    /**
     * {@code transactions} and {@code facts} are the demand's records as transactions and as the run
     * reads them, in order; {@code withoutVeu} the same without a VEU claim (null where there is
     * none); {@code weights} the buyers each record stands for in this run; {@code log} gets every
     * decision when given.
     */
    RegimeRun(DemandSet demand, List<Transaction> transactions, List<Transaction> withoutVeu, DemandFacts facts,
              DecisionEngine engine, Draw draw, long runSeed, double[] weights, FleetLimits limits, RecordLog log) {
        this.demand = demand;
        this.transactions = transactions;
        this.withoutVeu = withoutVeu;
        this.facts = facts;
        this.engine = engine;
        this.h100eTpp = engine.h100eTpp();
        this.tally = new RunTally(facts.years.length, facts.countries.length,
                new FleetTally(facts.providers, demand.fleets(), h100eTpp));
        this.draw = draw;
        this.runSeed = runSeed;
        this.weights = weights;
        this.limits = limits;
        this.log = log;
    }

    /** Decides the record at {@code index}, as {@code check} would, and tallies what follows from it. */
    void decide(int index) {
        double buyers = weights[index];
        Transaction t = transactions.get(index);
        Determination d = engine.decide(t, book);
        String note = "";
        int provider = facts.provider[index];
        if (provider >= 0 && limits.binds() && d.exception().filter("UVEU"::equals).isPresent()) {
            double volume = d.item().totalH100e() * buyers;
            Optional<FleetRuleCheck> broken = tally.fleets.broken(provider, t.destination(), volume,
                    limits.on(t.date(), facts.providerHomes[provider]));
            if (broken.isPresent()) {
                tally.fleets.bound(provider, broken.get().rule(), volume);
                note = "fleet-share rule " + broken.get().rule() + " broken: decided without the UVEU claim";
                t = withoutVeu.get(index);
                d = engine.decide(t, book);
            }
        }
        double h100e = d.item().totalH100e() * buyers;
        tally.add(Metric.DEMAND_H100E, h100e);
        tally.countries.demand[facts.countryYear(index)] += h100e;
        if (facts.foreign[index]) {
            tally.foreignDemand += h100e;
        }
        double shipped = settle(index, t, d, buyers, new FilledAccounts(book), note, 1);
        if (provider >= 0) {
            tally.fleets.add(provider, t.destination(), shipped);
        }
    }

    /** The run's tally, once every record has been decided. */
    RunTally finish(int dealsReached, double stockTier1, FleetLimits endLimits, LocalDate end) {
        tally.add(Metric.DEALS_REACHED, dealsReached);
        double shipped = tally.get(Metric.SHIPPED_H100E);
        double relocated = tally.get(Metric.RELOCATED_H100E);
        tally.world = demand.stockH100e() + shipped + relocated + tally.get(Metric.COMPETITOR_H100E);
        tally.tier1World = stockTier1 + tally.shippedInTier[DemandFacts.TIER1] + relocated;
        tally.finish(facts);
        for (int p = 0; p < tally.fleets.size(); p++) {
            tally.fleetShares.add(tally.fleets.shares(p, endLimits.tier1(end), endLimits.tier2(end)));
        }
        return tally;
    }

    /**
     * Settles {@code buyers} buyers of a record under {@code d}, decided against {@code view}; returns
     * the H100e shipped. Buyers a shared quota cannot all cover are settled again, that quota read as
     * used up.
     */
    private double settle(int index, Transaction t, Determination d, double buyers, FilledAccounts view, String note,
                          int portion) {
        double h100e = d.item().totalH100e() * buyers;
        switch (d.outcome()) {
            case NLR:
                ship(d, Metric.SHIPPED_NO_LICENSE_H100E, index, h100e);
                log(index, d, buyers, h100e, 0, 0, note);
                return h100e;
            case EXCEPTION:
            case AUTHORIZED:
                return granted(index, t, d, buyers, view, note, portion);
            default:
                return review(index, t, d, buyers, view, note, portion);
        }
    }

    private double granted(int index, Transaction t, Determination d, double buyers, FilledAccounts view, String note,
                           int portion) {
        double covered = 1;
        QuotaDebit limiting = null;
        for (QuotaDebit debit : d.debits()) {
            if (shared(debit)) {
                double share = Math.min(1, debit.balanceBeforeTpp() / (debit.amountTpp() * buyers));
                if (share < covered) {
                    covered = share;
                    limiting = debit;
                }
            }
        }
        List<QuotaDebit> applied = new ArrayList<>();
        double quota = 0;
        for (QuotaDebit debit : d.debits()) {
            if (shared(debit)) {
                QuotaDebit scaled = scaled(debit, buyers * covered);
                applied.add(scaled);
                quota += scaled.amountTpp() / h100eTpp;
            } else {
                applied.add(debit);
            }
        }
        book.apply(applied);
        double h100e = d.item().totalH100e() * buyers * covered;
        tally.countries.quotaUsed[facts.countryYear(index)] += quota;
        if (d.outcome() == Outcome.AUTHORIZED) {
            tally.add(Metric.LEVERAGE_H100E, h100e);
            ship(d, Metric.SHIPPED_AUTHORIZED_H100E, index, h100e);
        } else {
            ship(d, Metric.SHIPPED_EXCEPTION_H100E, index, h100e);
        }
        log(index, d, buyers * covered, h100e, 0, quota, note);
        if (covered >= 1) {
            return h100e;
        }
        FilledAccounts full = view.filled(limiting.account(), limiting.capacityTpp());
        return h100e + rest(index, t, buyers * (1 - covered), full, portion);
    }

    private double review(int index, Transaction t, Determination d, double buyers, FilledAccounts view, String note,
                          int portion) {
        ReviewPolicy policy = d.policy().orElseThrow();
        double h100e = d.item().totalH100e() * buyers;
        int cell = facts.countryYear(index);
        if (portion == 1) {
            tally.add(Metric.LICENSE_APPLICATIONS, buyers);
            tally.countries.applications[cell] += buyers;
            tally.delayDays += facts.delayDaysByPolicy[policy.ordinal()] * buyers;
        }
        if (exhausted(d)) {
            tally.countries.exhausted(facts.country[index], t.date().toEpochDay());
        }
        if (Seeds.uniform(runSeed, index) >= draw.approval.get(policy)) {
            block(index, d, h100e);
            log(index, d, buyers, 0, h100e, 0, note);
            return 0;
        }
        Optional<QuotaDebit> onApproval = d.onApproval();
        double covered = onApproval.map(a -> Math.min(1, a.balanceBeforeTpp() / (a.amountTpp() * buyers))).orElse(1.0);
        double quota = 0;
        if (onApproval.isPresent()) {
            QuotaDebit scaled = scaled(onApproval.get(), buyers * covered);
            book.apply(List.of(scaled));
            quota = scaled.amountTpp() / h100eTpp;
            tally.countries.quotaUsed[cell] += quota;
        }
        double licensed = h100e * covered;
        tally.add(Metric.LEVERAGE_H100E, licensed);
        tally.countries.licensed[cell] += licensed;
        ship(d, Metric.SHIPPED_LICENSED_H100E, index, licensed);
        log(index, d, buyers * covered, licensed, 0, quota, note);
        if (covered >= 1) {
            return licensed;
        }
        tally.countries.exhausted(facts.country[index], t.date().toEpochDay());
        QuotaDebit allocation = onApproval.get();
        return licensed + rest(index, t, buyers * (1 - covered), view.filled(allocation.account(),
                allocation.capacityTpp()), portion);
    }

    /** The buyers a shared quota left uncovered, decided again with it used up. */
    private double rest(int index, Transaction t, double buyers, FilledAccounts full, int portion) {
        if (portion >= MAX_PORTIONS) {
            throw new IllegalStateException(t.id() + ": still uncovered after " + portion + " shared quotas");
        }
        return settle(index, t, engine.decide(t, full), buyers, full, "the rest of the buyers, shared quota used up",
                portion + 1);
    }

    private static boolean exhausted(Determination d) {
        for (TraceStep step : d.trace()) {
            if (step.finding() instanceof TraceStep.AllocationExhausted) {
                return true;
            }
        }
        return false;
    }

    /** Quota every buyer of a class draws on together, rather than each on its own account. */
    private static boolean shared(QuotaDebit debit) {
        QuotaKind kind = debit.account().kind();
        return kind == QuotaKind.COUNTRY_ALLOCATION || kind == QuotaKind.DEAL;
    }

    private static QuotaDebit scaled(QuotaDebit debit, double buyers) {
        long amount = Math.min(debit.balanceBeforeTpp(), Math.round(debit.amountTpp() * buyers));
        return new QuotaDebit(debit.account(), amount, debit.capacityTpp(), debit.usedBeforeTpp(), debit.rule());
    }

    private void block(int index, Determination d, double h100e) {
        tally.add(Metric.BLOCKED_H100E, h100e);
        tally.countries.blocked[facts.countryYear(index)] += h100e;
        tally.block(d.requirement().orElse(d.rule().orElse("?")), h100e);
        if (facts.foreign[index]) {
            redirect(index, h100e);
        }
    }

    private void ship(Determination d, Metric how, int index, double h100e) {
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
        tally.countries.shipped[facts.countryYear(index)] += h100e;
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

    private void log(int index, Determination d, double buyers, double shipped, double blocked, double quota,
                     String note) {
        if (log != null) {
            log.add(demand.records().get(index), d, buyers, shipped, blocked, quota, note);
        }
    }
}
