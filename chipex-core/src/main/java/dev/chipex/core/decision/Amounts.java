package dev.chipex.core.decision;

import dev.chipex.core.regime.Numbers;

/** Formatting of compute amounts for explanations. */
final class Amounts {
    private Amounts() {
    }

    static String tppWithH100e(double tpp, double h100eTpp) {
        return appendTppWithH100e(new StringBuilder(48), tpp, h100eTpp).toString();
    }

    /** {@link #tppWithH100e} written onto {@code text}, for explanations built in one buffer. */
    static StringBuilder appendTppWithH100e(StringBuilder text, double tpp, double h100eTpp) {
        Numbers.appendPlain(text, Math.floor(tpp)).append(" TPP (");
        double h100e = tpp / h100eTpp;
        return (h100e >= 100 ? Numbers.appendPlain(text, Math.round(h100e)) : appendTwoDecimals(text, h100e)).append(" H100e)");
    }

    /** Beyond this the fast path of {@link #appendTwoDecimals} could lose the hundredths to the double's precision. */
    private static final double FAST_LIMIT = 1e6;
    /** How far from a tie (in hundredths) the product {@code value * 100} must be for its rounding to be sure. */
    private static final double TIE_MARGIN = 1e-6;

    /**
     * {@link #twoDecimals} written onto {@code text} without making a string. A positive value
     * below a million rounds to the hundredth the double's decimal form rounds to, half up, unless
     * it lies within a millionth of a hundredth of a tie: the decimal form and the product
     * {@code value * 100} then differ from the value by far less than that margin, so either
     * rounds the same way. Ties, zero, negatives and large values take {@link #twoDecimals}.
     */
    static StringBuilder appendTwoDecimals(StringBuilder text, double value) {
        if (!(value > 0 && value < FAST_LIMIT)) {
            return text.append(twoDecimals(value));
        }
        double hundredths = value * 100;
        long whole = (long) hundredths;
        double fraction = hundredths - whole;
        if (Math.abs(fraction - 0.5) < TIE_MARGIN) {
            return text.append(twoDecimals(value));
        }
        long rounded = fraction > 0.5 ? whole + 1 : whole;
        int cents = (int) (rounded % 100);
        return text.append(rounded / 100).append(cents < 10 ? ".0" : ".").append(cents);
    }

    /**
     * {@code String.format(Locale.ROOT, "%.2f", value)} without a Formatter per call (a batch
     * explains millions of amounts): Formatter rounds the double's shortest decimal form half up,
     * which is what this does. Zero keeps the Formatter, which writes -0.0 as "-0.00".
     */
    static String twoDecimals(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return String.format(java.util.Locale.ROOT, "%.2f", value);
        }
        return new java.math.BigDecimal(Double.toString(value)).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
