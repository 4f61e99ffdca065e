package dev.chipex.sim;

import java.util.Arrays;

/**
 * One regime's outcomes in one run by destination and year, in tables indexed as
 * {@link DemandFacts#countryYear} numbers them, and the day each country's allocation ran out.
 */
final class CountryTally {
    final double[] demand;
    final double[] shipped;
    final double[] blocked;
    final double[] licensed;
    final double[] applications;
    /** H100e drawn from shared quotas (a country allocation, a deal) by shipments there. */
    final double[] quotaUsed;
    /** Epoch day on which a shipment there first found the country's allocation too small, or MAX_VALUE. */
    final int[] exhaustedDay;

    CountryTally(int countries, int years) {
        int cells = countries * years;
        demand = new double[cells];
        shipped = new double[cells];
        blocked = new double[cells];
        licensed = new double[cells];
        applications = new double[cells];
        quotaUsed = new double[cells];
        exhaustedDay = new int[countries];
        Arrays.fill(exhaustedDay, Integer.MAX_VALUE);
    }

    void exhausted(int country, long epochDay) {
        exhaustedDay[country] = (int) Math.min(exhaustedDay[country], epochDay);
    }
}
