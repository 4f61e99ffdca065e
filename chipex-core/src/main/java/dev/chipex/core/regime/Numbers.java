package dev.chipex.core.regime;

import java.math.BigDecimal;

/** Plain number formatting for explanations: no exponent, no trailing ".0". */
public final class Numbers {
    private Numbers() {
    }

    public static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(java.util.Locale.ROOT, "%,d", (long) value);
        }
        return new BigDecimal(value).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
