package dev.chipex.sim;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One regime's outcomes for one destination and year, over the runs.
 *
 * @param quotaUsedH100e      H100e drawn from shared quotas there (the country allocation, a deal)
 * @param allocationExhausted the day a shipment there first found the country's allocation too small,
 *                            in the median run (on that year's entry; empty when it did not run out in
 *                            at least half the runs)
 */
public record CountryYear(String country, int year, Figure demandH100e, Figure shippedH100e, Figure blockedH100e,
                          Figure licensedH100e, Figure licenseApplications, Figure quotaUsedH100e,
                          Optional<LocalDate> allocationExhausted) {
    public CountryYear {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(allocationExhausted, "allocationExhausted");
    }
}
