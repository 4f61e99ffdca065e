package dev.chipex.sim.report;

import java.util.Locale;

/** Short human forms of the metrics for the table and the report: 48.2M, 50.4%, $510B. */
final class Amounts {
    private Amounts() {
    }

    static String compact(double value) {
        double a = Math.abs(value);
        if (a >= 1e12) {
            return format(value / 1e12, "T");
        }
        if (a >= 1e9) {
            return format(value / 1e9, "B");
        }
        if (a >= 1e6) {
            return format(value / 1e6, "M");
        }
        if (a >= 1e4) {
            return format(value / 1e3, "k");
        }
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.1f", value);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static String signed(double delta, boolean share) {
        if (share && Math.abs(delta) < 0.0005) {
            return "0.0pt";
        }
        if (share) {
            return String.format(Locale.ROOT, "%+.1fpt", delta * 100);
        }
        String text = compact(delta);
        return delta > 0 ? "+" + text : delta == 0 ? "0" : text;
    }

    private static String format(double value, String unit) {
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.0f%s" : "%.1f%s", value, unit);
    }
}
