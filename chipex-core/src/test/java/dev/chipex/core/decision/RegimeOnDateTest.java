package dev.chipex.core.decision;

import dev.chipex.core.country.Country;
import dev.chipex.core.country.CountryCatalog;
import dev.chipex.core.regime.GroupResolver;
import dev.chipex.core.regime.Parameter;
import dev.chipex.core.regime.Regime;
import dev.chipex.core.regime.RegimeCatalog;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine decides every shipment of a span against the one RegimeOnDate it made for the
 * first date it met there: on any day, that must be the regime as worked out afresh for the day.
 */
class RegimeOnDateTest {
    @Test
    void onDate_anyDay_isTheRegimeWorkedOutAfreshForThatDay() {
        RegimeCatalog catalog = RegimeCatalog.builtIn();
        int days = 0;
        for (String id : catalog.builtInIds()) {
            Regime regime = catalog.get(id);
            DecisionEngine engine = DecisionEngine.of(regime);
            GroupResolver fresh = GroupResolver.of(regime);
            for (LocalDate d = LocalDate.of(2018, 1, 3); d.isBefore(LocalDate.of(2029, 1, 1)); d = d.plusDays(29)) {
                LocalDate day = d;
                RegimeOnDate on = engine.onDate(day);
                for (RegimeOnDate.ControlOnDate c : on.controls()) {
                    assertThat(c.inForce()).as("%s %s on %s", id, c.control().id(), day)
                            .isEqualTo(c.control().validity().activeOn(day));
                    c.overcomeBy().forEach(r -> assertThat(r.inForce()).as("%s %s on %s", id, r.rule().id(), day)
                            .isEqualTo(r.rule().validity().activeOn(day)));
                }
                for (Parameter p : regime.parameters().values()) {
                    assertThat(on.value(p.name())).as("%s %s on %s", id, p.name(), day).isEqualTo(p.valueOn(day));
                }
                for (String name : regime.groups().keySet()) {
                    Set<String> members = fresh.members(name, day);
                    for (Country country : CountryCatalog.bundled().all()) {
                        assertThat(on.contains(name, country.code())).as("%s %s %s on %s", id, name, country.code(), day)
                                .isEqualTo(members.contains(country.code()));
                    }
                }
                for (Country country : CountryCatalog.bundled().all()) {
                    String tier = regime.tiers().stream().filter(t -> fresh.members(t, day).contains(country.code()))
                            .findFirst().orElse(null);
                    assertThat(on.tierOf(country.code()).orElse(null)).as("%s tier of %s on %s", id, country.code(), day)
                            .isEqualTo(tier);
                }
                days++;
            }
        }
        assertThat(days).isPositive();
    }
}
