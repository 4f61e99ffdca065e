package dev.chipex.core.quota;

/** The kinds of quota the regimes define; each is kept in TPP. */
public enum QuotaKind {
    /** License-free quantity per ultimate consignee per calendar year (LPP, 15 CFR 740.29). */
    CONSIGNEE_YEAR,
    /** A country's cumulative allocation over a period (Diffusion rule Tier 2 caps). */
    COUNTRY_ALLOCATION,
    /** A bilateral deal's quota for a country (or a named company in it) per year. */
    DEAL,
    /** A validated end user's installed compute in one country. */
    VEU_COUNTRY
}
