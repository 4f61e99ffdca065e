package dev.chipex.core.regime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Plain number formatting for explanations: no exponent, no trailing ".0". */
public final class Numbers {
    private Numbers() {
    }

    /** Whole numbers with groups of three (1,234,567); others to six significant digits, without an exponent. */
    public static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
