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

    /** 1234567 as "1,234,567"; faster than String.format on the decision path, and makes no string. */
    private static StringBuilder appendGrouped(StringBuilder text, long value) {
        if (value < 0) {
            text.append('-');
        }
        appendGroups(text, Math.abs(value));
        return text;
    }

    /** The digits of {@code value} (not negative) in groups of three, each group written straight onto the buffer. */
    private static void appendGroups(StringBuilder text, long value) {
        if (value < 1000) {
            text.append(value);
            return;
        }
        appendGroups(text, value / 1000);
        int group = (int) (value % 1000);
        text.append(',');
        if (group < 100) {
            text.append('0');
        }
        if (group < 10) {
            text.append('0');
        }
        text.append(group);
    }
}
