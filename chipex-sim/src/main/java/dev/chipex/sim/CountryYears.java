package dev.chipex.sim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Folds one regime's per-run country tallies into {@link CountryYear}s, for every destination and year with demand. */
final class CountryYears {
    private CountryYears() {
    }

    static List<CountryYear> of(List<RunTally> runs, DemandFacts facts) {
        List<CountryYear> out = new ArrayList<>();
        int years = facts.years.length;
        for (int c = 0; c < facts.countries.length; c++) {
            Optional<LocalDate> exhausted = medianDay(runs, c);
            for (int y = 0; y < years; y++) {
                int cell = c * years + y;
                Figure demand = figure(runs, t -> t.countries.demand, cell);
                if (demand.p95() <= 0) {
                    continue;
                }
                int year = facts.years[y];
                out.add(new CountryYear(facts.countries[c], year, demand, figure(runs, t -> t.countries.shipped, cell),
                        figure(runs, t -> t.countries.blocked, cell), figure(runs, t -> t.countries.licensed, cell),
                        figure(runs, t -> t.countries.applications, cell), figure(runs, t -> t.countries.quotaUsed, cell),
                        exhausted.filter(d -> d.getYear() == year)));
            }
        }
        return out;
    }

    private static Figure figure(List<RunTally> runs, Function<RunTally, double[]> table, int cell) {
        return Figure.of(runs.stream().mapToDouble(t -> table.apply(t)[cell]).toArray());
    }

    /** The median run's day, a run in which it never ran out counting as latest; empty if that is such a run. */
    private static Optional<LocalDate> medianDay(List<RunTally> runs, int country) {
        int[] days = runs.stream().mapToInt(t -> t.countries.exhaustedDay[country]).toArray();
        Arrays.sort(days);
        int median = days[(days.length - 1) / 2];
        return median == Integer.MAX_VALUE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(median));
    }
}
