package dev.chipex.cli.output;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * How figures are shown: truncated (rounded toward zero), never rounded up across a threshold, so
 * a shown 5.92 or 4,800 really is at least that; no exponent; thousands grouped in tables only.
 */
public final class Numbers {
    private Numbers() {
    }

    /** For JSON and CSV: at most {@code digits} decimals, trailing zeros dropped. */
    public static BigDecimal round(double value, int digits) {
        return BigDecimal.valueOf(value).setScale(digits, RoundingMode.DOWN).stripTrailingZeros();
    }

    public static BigDecimal round(OptionalDouble value, int digits) {
        return value.isPresent() ? round(value.getAsDouble(), digits) : null;
    }

    /** For tables: thousands grouped, at most {@code digits} decimals, e.g. "15,832" or "2.91". */
    public static String grouped(double value, int digits) {
        DecimalFormat format = new DecimalFormat("#,##0" + (digits > 0 ? "." + "#".repeat(digits) : ""),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.DOWN);
        return format.format(round(value, digits));
    }
}
