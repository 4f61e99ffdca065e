package dev.chipex.core.ledger;

import dev.chipex.core.country.Confidence;
import dev.chipex.core.quota.QuotaAccount;
import dev.chipex.core.quota.QuotaKind;
import dev.chipex.core.regime.Cited;
import dev.chipex.core.regime.Validity;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A government-to-government agreement (doubles a Tier 2 country's allocation under the
 * Diffusion rule) or a bilateral deal (a country's quota with terms). A deal with a quota opens
 * its own {@code DEAL} account, {@code DEAL/<id>/<period>}, when recorded.
 */
public record Agreement(String id, Kind kind, String country, LocalDate effectiveFrom, String terms,
                        long quotaTpp, String period) {
    public enum Kind { GOVERNMENT_TO_GOVERNMENT, DEAL }

    public Agreement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(terms, "terms");
        if (id == null || id.isBlank() || id.contains("/")) {
            throw new IllegalArgumentException("an agreement needs an id without '/'");
        }
        if (country == null || !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("an agreement's country is an ISO 3166-1 alpha-2 code, e.g. AE");
        }
        if (quotaTpp < 0) {
            throw new IllegalArgumentException("an agreement's quota cannot be negative");
        }
        if (quotaTpp > 0 && (period == null || period.isBlank())) {
            throw new IllegalArgumentException("a deal with a quota needs the period it covers, e.g. 2026");
        }
        period = period == null ? "" : period;
    }

    /** The account a deal's quota is kept in, if it has one. */
    public Optional<QuotaAccount> quotaAccount() {
        return quotaTpp == 0 ? Optional.empty()
                : Optional.of(new QuotaAccount(QuotaKind.DEAL, id, period));
    }

    /** The journal's text for it; stable, so the audit can compare a stored row with its entry. */
    public String describe() {
        return "kind=" + kind + ";country=" + country + ";effectiveFrom=" + effectiveFrom + ";quotaTpp=" + quotaTpp
                + ";period=" + period + ";terms=" + terms;
    }

    /**
     * What this recorded agreement means to a regime: a government-to-government agreement is a
     * regime {@code g2g} agreement from its effective date (it doubles a Tier 2 allocation under
     * the Diffusion rule); a deal's quota lives in its own ledger account instead.
     */
    public Optional<dev.chipex.core.regime.Agreement> asRegimeAgreement() {
        if (kind != Kind.GOVERNMENT_TO_GOVERNMENT) {
            return Optional.empty();
        }
        return Optional.of(new dev.chipex.core.regime.Agreement(country, "g2g",
                new Validity(Optional.of(effectiveFrom), Optional.empty()),
                new Cited("recorded in the ledger as agreement " + id + ": " + terms, Confidence.C, false, false), terms));
    }
}
