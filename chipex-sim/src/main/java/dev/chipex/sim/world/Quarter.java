package dev.chipex.sim.world;

import java.time.LocalDate;

/** A calendar quarter, e.g. 2025Q3. */
record Quarter(int year, int quarter) implements Comparable<Quarter> {
    static final Quarter FIRST = new Quarter(2025, 1);
    static final Quarter LAST = new Quarter(2030, 4);
    /** The quarters the world demand covers, 2025Q1 to 2030Q4. */
    static final int COUNT = LAST.index() + 1;

    Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4, got " + quarter);
        }
    }

    static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    /** The quarter {@code index} quarters after 2025Q1. */
    static Quarter at(int index) {
        int months = index * 3;
        return new Quarter(FIRST.year + Math.floorDiv(months, 12), Math.floorMod(months, 12) / 3 + 1);
    }

    /** Quarters after 2025Q1 (negative before it). */
    int index() {
        return (year - FIRST.year) * 4 + quarter - 1;
    }

    LocalDate start() {
        return LocalDate.of(year, 3 * quarter - 2, 1);
    }

    int days() {
        return (int) (start().plusMonths(3).toEpochDay() - start().toEpochDay());
    }

    Quarter yearBefore() {
        return new Quarter(year - 1, quarter);
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(index(), other.index());
    }

    @Override
    public String toString() {
        return year + "Q" + quarter;
    }
}
