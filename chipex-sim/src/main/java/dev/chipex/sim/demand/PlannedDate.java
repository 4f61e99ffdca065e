package dev.chipex.sim.demand;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the free-text year of a planned cluster ("Planned 2026", "Planned H2 2026",
 * "Planned Q1 2025", "Planned 2029-02"): the start of the period named, mid-year for a bare year.
 */
final class PlannedDate {
    private static final Pattern MONTH = Pattern.compile("(20\\d\\d)-(\\d\\d)");
    private static final Pattern QUARTER = Pattern.compile("Q([1-4])\\s*(20\\d\\d)");
    private static final Pattern HALF = Pattern.compile("H([12])\\s*(20\\d\\d)");
    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)");

    private PlannedDate() {
    }

    static Optional<LocalDate> parse(String note) {
        Matcher m = MONTH.matcher(note);
        if (m.find()) {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1));
        }
        m = QUARTER.matcher(note);
        if (m.find()) {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(2)), 3 * Integer.parseInt(m.group(1)) - 2, 1));
        }
        m = HALF.matcher(note);
        if (m.find()) {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(2)), m.group(1).equals("1") ? 1 : 7, 1));
        }
        m = YEAR.matcher(note);
        if (m.find()) {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), 7, 1));
        }
        return Optional.empty();
    }
}
