package dev.chipex.core.regime;

import dev.chipex.core.country.EarCountryGroup;
import dev.chipex.core.country.EarCountryGroups;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine resolves groups once per span between change dates (RegimeOnDate), so every name
 * must resolve to the same members on every day of a span: checked day by day over the
 * built-in regimes, each day's members worked out afresh.
 */
class GroupResolverChangeDatesTest {
    @Test
    void everyNameHasTheSameMembersOnEveryDayBetweenTwoChangeDates() {
        RegimeCatalog catalog = RegimeCatalog.builtIn();
        int spansChecked = 0;
        for (String id : catalog.builtInIds()) {
            Regime regime = catalog.get(id);
            GroupResolver groups = GroupResolver.of(regime);
            NavigableSet<LocalDate> changes = groups.changeDates();
            List<String> names = new ArrayList<>(regime.groups().keySet());
            EarCountryGroups.bundled().all().stream().map(EarCountryGroup::id).forEach(names::add);
            Map<String, Set<String>> before = null;
            for (LocalDate day = LocalDate.of(2018, 1, 1); day.isBefore(LocalDate.of(2029, 1, 1)); day = day.plusDays(1)) {
                Map<String, Set<String>> today = new HashMap<>();
                for (String name : names) {
                    today.put(name, groups.members(name, day));
                }
                if (changes.contains(day)) {
                    spansChecked++;
                } else if (before != null) {
                    for (String name : names) {
                        assertThat(today.get(name)).as("%s %s from %s to %s", id, name, day.minusDays(1), day)
                                .isEqualTo(before.get(name));
                    }
                }
                before = today;
            }
        }
        assertThat(spansChecked).as("change dates fall inside the years checked").isPositive();
    }
}
