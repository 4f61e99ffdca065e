package dev.chipex.core.quota;

import java.util.Objects;

/**
 * One quota account: its kind, who holds it (a consignee, a country code, a deal id) and the
 * period it covers ("2025", "2025-2027").
 */
public record QuotaAccount(QuotaKind kind, String holder, String period) implements Comparable<QuotaAccount> {
    public QuotaAccount {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(period, "period");
        if (holder.isBlank() || period.isBlank()) {
            throw new IllegalArgumentException("a quota account needs a holder and a period");
        }
    }

    /** A stable text id, e.g. {@code CONSIGNEE_YEAR/acme cloud/2025}. */
    public String id() {
        return kind + "/" + holder + "/" + period;
    }

    /**
     * Written out, with {@link #equals}: the record's generated ones go through method handles,
     * and quota books hash and compare an account on every quota check. The enum by ordinal, so
     * the hash is the same in every run.
     */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof QuotaAccount other && kind == other.kind && holder.equals(other.holder)
                && period.equals(other.period);
    }

    @Override
    public int hashCode() {
        return (31 * kind.ordinal() + holder.hashCode()) * 31 + period.hashCode();
    }

    @Override
    public int compareTo(QuotaAccount other) {
        return id().compareTo(other.id());
    }

    @Override
    public String toString() {
        return id();
    }
}
