package dev.chipex.core.decision;

import dev.chipex.core.quota.QuotaAccount;
import dev.chipex.core.quota.QuotaKind;
import dev.chipex.core.regime.Agreement;
import dev.chipex.core.regime.AllocationRule;
import dev.chipex.core.regime.QuotaRule;
import dev.chipex.core.regime.Regime;

import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/** Finds the quota account a rule debits and its capacity on a date, in whole TPP. */
final class Quotas {
    private final Regime regime;
    private final double h100eTpp;

    /**
     * Each parameter's value in TPP on the date last asked about, and its words once a full
     * determination named it: shipments come in date order, so a quota check reads it here
     * instead of walking the parameter's dated values each time, and an explanation names it
     * without formatting it again row after row.
     */
    private final java.util.Map<String, OnDate> lastValue = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@code words} null until an explanation needs them. */
    private record OnDate(LocalDate date, double tpp, String words) {
    }

    Quotas(Regime regime, double h100eTpp) {
        this.regime = regime;
        this.h100eTpp = h100eTpp;
    }

    double h100eTpp() {
        return h100eTpp;
    }

    /**
     * Holder names already worked out, so that a consignee's many shipments make and hash one
     * String. A name depends on the consignee alone, so every engine shares the table: a batch
     * decided under several regimes then looks each consignee up in one place, not one per
     * regime. Bounded: past the limit names are worked out afresh each time.
     */
    private static final java.util.Map<String, String> HOLDERS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int HOLDER_LIMIT = 100_000;

    static String holder(String consignee) {
        String known = HOLDERS.get(consignee);
        if (known != null) {
            return known;
        }
        String name = holderName(consignee);
        if (HOLDERS.size() < HOLDER_LIMIT) {
            HOLDERS.put(consignee, name);
        }
        return name;
    }

    /** A consignee's name as a stable account holder: case and spacing do not make a new account. */
    static String holderName(String consignee) {
        StringBuilder name = new StringBuilder(consignee.length());
        boolean space = false;
        for (int i = 0; i < consignee.length(); i++) {
            char c = consignee.charAt(i);
            if (Character.isWhitespace(c)) {
                space = name.length() > 0;
            } else {
                if (space) {
                    name.append(' ');
                    space = false;
                }
                name.append(Character.toLowerCase(c));
            }
        }
        return name.toString();
    }

    QuotaAccount account(QuotaRule rule, String ruleId, Transaction t) {
        return account(rule, ruleId, t, null);
    }

    /** The account; the consignee's holder name taken from {@code shared} (worked out once per shipment) unless null. */
    QuotaAccount account(QuotaRule rule, String ruleId, Transaction t, DecidedOutcome shared) {
        String holder;
        switch (rule.holder()) {
            case CONSIGNEE:
                holder = consigneeHolder(t, shared);
                break;
            case DESTINATION:
                holder = t.destination();
                break;
            case CONSIGNEE_AT_DESTINATION:
                holder = consigneeHolder(t, shared) + "@" + t.destination();
                break;
            default:
                holder = ruleId;
        }
        return new QuotaAccount(rule.kind(), holder, rule.periodOn(t.date()));
    }

    /** The parameter's value on the date in whole TPP, for a determination that names no parameters. */
    long capacity(String parameterName, LocalDate date) {
        return (long) Math.floor(tppOn(parameterName, date));
    }

    long capacity(String parameterName, LocalDate date, DecisionEngine.Decision d) {
        if (d.explain) {
            d.param(parameterName, words(parameterName, date));
        }
        return (long) Math.floor(tppOn(parameterName, date));
    }

    /** The parameter's value on the date in words, as {@link Amounts#tppWithH100e} writes it. */
    private String words(String parameterName, LocalDate date) {
        OnDate on = onDate(parameterName, date);
        if (on.words() != null) {
            return on.words();
        }
        String words = Amounts.tppWithH100e(on.tpp(), h100eTpp);
        lastValue.put(parameterName, new OnDate(date, on.tpp(), words));
        return words;
    }

    /** The parameter's value in TPP on the date, 0 when it has none. */
    private double tppOn(String parameterName, LocalDate date) {
        return onDate(parameterName, date).tpp();
    }

    private OnDate onDate(String parameterName, LocalDate date) {
        OnDate last = lastValue.get(parameterName);
        if (last != null && last.date().equals(date)) {
            return last;
        }
        OnDate on = new OnDate(date, regime.parameters().get(parameterName).tppOn(date, h100eTpp).orElse(0), null);
        lastValue.put(parameterName, on);
        return on;
    }

    /** The consignee's holder name: from {@code shared} (worked out once per shipment) unless null. */
    private static String consigneeHolder(Transaction t, DecidedOutcome shared) {
        return shared == null ? holder(t.consignee()) : shared.holder();
    }

    QuotaAccount allocationAccount(AllocationRule rule, Transaction t) {
        return new QuotaAccount(QuotaKind.COUNTRY_ALLOCATION, t.destination(), rule.period());
    }

    boolean hasAgreement(String country, String kind, LocalDate date) {
        for (Agreement a : regime.agreements()) {
            if (a.country().equals(country) && a.kind().equals(kind) && a.validity().activeOn(date)) {
                return true;
            }
        }
        return false;
    }

    /** The cap for the decision's destination; the parameters used are heard only when explaining. */
    long allocationCapacity(AllocationRule rule, Transaction t, DecisionEngine.Decision d) {
        return allocationCapacity(rule, t.destination(), t.date(), d.explain ? d::param : null);
    }

    /**
     * The country's cap; {@code used}, unless null, hears each parameter used, its words made only
     * on demand (null skips even naming them, which a simulation would pay on every shipment).
     */
    long allocationCapacity(AllocationRule rule, String country, LocalDate date,
                            BiConsumer<String, Supplier<String>> used) {
        double base = tppOn(rule.capacityParameter(), date);
        double factor = rule.countryFactors().getOrDefault(country, 1.0);
        boolean agreement = hasAgreement(country, rule.agreementKind(), date);
        double capacity = base * factor * (agreement ? rule.agreementMultiplier() : 1.0);
        if (used == null) {
            return (long) Math.floor(capacity);
        }
        used.accept(rule.capacityParameter(), () -> words(rule.capacityParameter(), date));
        if (factor != 1.0) {
            used.accept(rule.id() + ".countryFactor." + country, () -> dev.chipex.core.regime.Numbers.plain(factor));
        }
        used.accept(rule.id() + ".agreement", () -> agreement ? rule.agreementKind() + " agreement in force: x"
                + dev.chipex.core.regime.Numbers.plain(rule.agreementMultiplier()) : "none");
        return (long) Math.floor(capacity);
    }
}
