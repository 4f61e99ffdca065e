package dev.chipex.core.decision;


/** Formatting of compute amounts for explanations. */
final class Amounts {
    private Amounts() {
    }

    static String tppWithH100e(double tpp, double h100eTpp) {
        return appendTppWithH100e(new StringBuilder(48), tpp, h100eTpp).toString();
    }

    /** {@link #tppWithH100e} written onto {@code text}, for explanations built in one buffer. */
    static StringBuilder appendTppWithH100e(StringBuilder text, double tpp, double h100eTpp) {
        return dev.chipex.core.regime.Numbers.appendPlain(text, Math.floor(tpp)).append(" TPP (")
                .append(h100e(tpp, h100eTpp)).append(" H100e)");
    }

    static String h100e(double tpp, double h100eTpp) {
        double value = tpp / h100eTpp;
        return value >= 100 ? dev.chipex.core.regime.Numbers.plain(Math.round(value))
                : String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
