package dev.chipex.sim;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DiffusionTiersTest {
    /** Remembered per date: asked on other dates, back and forth, it still answers as afresh. */
    @Test
    void of_countriesOnChangingDates_equalsWorkedOutAfresh() {
        DiffusionTiers tiers = new DiffusionTiers();
        DiffusionTiers fresh = new DiffusionTiers();
        List<LocalDate> dates = List.of(LocalDate.of(2024, 6, 1), LocalDate.of(2025, 5, 15), LocalDate.of(2024, 6, 1),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2025, 1, 15));
        List<String> countries = List.of("US", "GB", "IN", "CN", "KH", "AE", "MO", "IN", "CN");
        for (LocalDate date : dates) {
            for (String country : countries) {
                assertThat(tiers.of(country, date)).as(country + " on " + date).isEqualTo(fresh.resolve(country, date));
            }
        }
        assertThat(tiers.of("CN", LocalDate.of(2026, 1, 1))).isEqualTo("tier3");
        assertThat(tiers.of("GB", LocalDate.of(2026, 1, 1))).isEqualTo("tier1");
        assertThat(tiers.of("IN", LocalDate.of(2026, 1, 1))).isEqualTo("tier2");
    }
}
