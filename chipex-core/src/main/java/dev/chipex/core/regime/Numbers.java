package dev.chipex.core.regime;

import java.math.BigDecimal;

/** Plain number formatting for explanations: no exponent, no trailing ".0". */
public final class Numbers {
    private Numbers() {
    }

    public static String plain(double value) {
        return appendPlain(new StringBuilder(24), value).toString();
    }

    /** {@link #plain} written onto {@code text}: explanations build one buffer, not a string per number. */
    public static StringBuilder appendPlain(StringBuilder text, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return appendGrouped(text, (long) value);
        }
        return text.append(new BigDecimal(value).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString());
    }

    /** 1234567 as "1,234,567"; faster than String.format on the decision path. */
    private static StringBuilder appendGrouped(StringBuilder text, long value) {
        String digits = Long.toString(Math.abs(value));
        if (value < 0) {
            text.append('-');
        }
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        text.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            text.append(',').append(digits, i, i + 3);
        }
        return text;
    }
}
