package dev.chipex.core.explanation;

import dev.chipex.core.regime.Numbers;

import java.util.Locale;

/** Compute amounts as explanations write them: whole TPP, and H100-equivalents beside them. */
final class Amounts {
    private Amounts() {
    }

    static String tppWithH100e(double tpp, double h100eTpp) {
        return appendTppWithH100e(new StringBuilder(48), tpp, h100eTpp).toString();
    }

    /** "26,900,000 TPP (1,699 H100e)"; below 100 H100e with two decimals. */
    static StringBuilder appendTppWithH100e(StringBuilder text, double tpp, double h100eTpp) {
        double h100e = tpp / h100eTpp;
        return text.append(Numbers.plain(Math.floor(tpp))).append(" TPP (")
                .append(h100e >= 100 ? Numbers.plain(Math.round(h100e)) : String.format(Locale.ROOT, "%.2f", h100e))
                .append(" H100e)");
    }
}
