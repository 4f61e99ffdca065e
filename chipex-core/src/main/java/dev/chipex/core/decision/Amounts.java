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
        return (h100e >= 100 ? Numbers.appendPlain(text, Math.round(h100e)) : text.append(twoDecimals(h100e))).append(" H100e)");
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
