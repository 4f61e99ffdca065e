package dev.chipex.bench.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Shipments both deciders understand, drawn from a seed: every tier of destination and
 * headquarters, quantities on both sides of each LPP limit, dates across 2025-05-15..2027-12-31.
 */
public final class Shipments {
    static final LocalDate FIRST = LocalDate.of(2025, 5, 15);
    static final int DAYS = (int) (LocalDate.of(2027, 12, 31).toEpochDay() - FIRST.toEpochDay()) + 1;
    /** Tier 1 in both regimes, Tier 1 only in option 1, Tier 2 (with India and the LPP-excluded), Tier 3, and KH that leaves D:5. */
    static final List<String> COUNTRIES = List.of("US", "GB", "JP", "DE", "PL", "IL", "CH", "AT", "IN", "AE", "SA", "BR",
            "MY", "TH", "SG", "VN", "MX", "CN", "HK", "MO", "RU", "IR", "KH", "KP");
    static final List<String> CHIPS = List.of("H100", "H200", "B200", "A100", "MI300X", "Gaudi 3 OAM", "L40S");
    private static final long[] QUANTITIES = {1, 8, 100, 300, 600, 1_200, 1_699, 1_700, 2_400, 5_000, 60_000};

    private Shipments() {
    }

    public static List<Shipment> generate(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Shipment> shipments = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long quantity = random.nextInt(4) == 0 ? 1 + random.nextInt(3_000) : QUANTITIES[random.nextInt(QUANTITIES.length)];
            shipments.add(new Shipment("s" + i, FIRST.plusDays(random.nextInt(DAYS)), pick(random, CHIPS), quantity,
                    pick(random, COUNTRIES), pick(random, COUNTRIES)));
        }
        return shipments;
    }

    /** The shipments timed by the engine benchmark: one per path through the decision. */
    public static List<Shipment> representative() {
        LocalDate date = LocalDate.of(2026, 3, 2);
        return List.of(
                new Shipment("aia", date, "H100", 1_000, "GB", "GB"),
                new Shipment("lpp", date, "H100", 200, "IN", "IN"),
                new Shipment("tier2-license", date, "B200", 5_000, "AE", "AE"),
                new Shipment("tier3", date, "H100", 8, "CN", "CN"),
                new Shipment("hq-tier3", date, "A100", 50, "SG", "CN"),
                new Shipment("us", date, "H200", 10_000, "US", "US"));
    }

    private static String pick(SplittableRandom random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
