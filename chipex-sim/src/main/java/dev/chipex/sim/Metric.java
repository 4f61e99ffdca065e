package dev.chipex.sim;

/**
 * The metrics of SIMULATION.md, each under its JSON name. H100e are the engine's own
 * H100-equivalents for the shipment (TPP / 15,832).
 */
public enum Metric {
    /** H100e delivered by US suppliers, however authorized. */
    SHIPPED_H100E("shippedH100e"),
    /** H100e denied a license (or over a cap and then denied). */
    BLOCKED_H100E("blockedH100e"),
    /** Determinations that required a license. */
    LICENSE_APPLICATIONS("licenseApplications"),
    /** Share of the world's compute (existing stock, shipped, relocated and substituted) in Tier 1. */
    CONTROL_SHARE("controlShare"),
    /** Expected H100e reaching Tier 3 through diversion: shipped outside Tier 3 × diversion risk. */
    DIVERSION_H100E("diversionH100e"),
    /** H100e shipped outside the United States × price per H100e in the shipment's year. */
    EXPORT_REVENUE_USD("exportRevenueUsd"),
    /** Foreign demand (H100e) served by US chips. */
    FOREIGN_DEMAND_SERVED_SHARE("foreignDemandServedShare"),
    /** H100e whose delivery depended on a US discretionary act: a license, a VEU, a deal. */
    LEVERAGE_H100E("leverageH100e"),
    /** Share of foreign demand (H100e) filled by non-US suppliers after a denial. */
    COMPETITOR_SHARE("competitorShare"),
    SHIPPED_NO_LICENSE_H100E("shippedNoLicenseH100e"),
    SHIPPED_EXCEPTION_H100E("shippedExceptionH100e"),
    SHIPPED_AUTHORIZED_H100E("shippedAuthorizedH100e"),
    SHIPPED_LICENSED_H100E("shippedLicensedH100e"),
    MEAN_LICENSE_DELAY_DAYS("meanLicenseDelayDays"),
    COMPETITOR_H100E("competitorH100e"),
    /** Blocked foreign demand that moved to the United States within its domestic capacity. */
    RELOCATED_H100E("relocatedH100e"),
    DEMAND_H100E("demandH100e"),
    /** H100e of 3A090.a/4A090.a items shipped to Tier 3: only ever under an approved license. */
    SHIPPED_TIER3_ADVANCED_H100E("shippedTier3AdvancedH100e"),
    DEALS_REACHED("dealsReached");

    private final String json;

    Metric(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    /** The first nine are the §6 contract; the rest are details. */
    public boolean headline() {
        return ordinal() <= COMPETITOR_SHARE.ordinal();
    }
}
