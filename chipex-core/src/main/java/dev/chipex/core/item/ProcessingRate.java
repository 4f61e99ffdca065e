package dev.chipex.core.item;

import dev.chipex.core.problem.InvalidInputException;

import java.util.Locale;

/**
 * A dense processing rate: tera-operations per second at a bit length (a datasheet's dense
 * TOPS or TFLOPS figure, which already counts one multiply-accumulate as two operations).
 */
public record ProcessingRate(double tops, int bitLength) {
    public ProcessingRate {
        if (!(tops > 0) || Double.isInfinite(tops)) {
            throw new IllegalArgumentException("rate must be a positive number of TOPS, got " + tops);
        }
        if (bitLength <= 0 || bitLength > 128) {
            throw new IllegalArgumentException("bit length must be between 1 and 128, got " + bitLength);
        }
    }

    /** TPP contributed by this rate: TOPS x bit length (Technical Note to ECCN 3A090). */
    public double tpp() {
        return tops * bitLength;
    }

    /** Parses {@code TOPS@BITS}, e.g. {@code 989.4@16}; errors name {@code field} and the fix. */
    public static ProcessingRate parse(String field, String text) {
        String fix = "write TOPS@BITS with the dense rate and its bit length, e.g. 989.4@16 or 1979@8";
        if (text == null || !text.contains("@")) {
            throw InvalidInputException.of(field, "'" + text + "' has no bit length; " + fix);
        }
        String[] parts = text.strip().split("@", -1);
        if (parts.length != 2) {
            throw InvalidInputException.of(field, "'" + text + "' is not TOPS@BITS; " + fix);
        }
        double tops;
        int bits;
        try {
            tops = Double.parseDouble(parts[0].strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "'" + parts[0] + "' is not a number of TOPS; " + fix);
        }
        try {
            bits = Integer.parseInt(parts[1].strip().toLowerCase(Locale.ROOT).replace("bit", "").replace("s", ""));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "'" + parts[1] + "' is not a whole bit length; " + fix);
        }
        if (!(tops > 0) || Double.isInfinite(tops)) {
            throw InvalidInputException.of(field, "TOPS must be greater than 0, got '" + parts[0] + "'; " + fix);
        }
        if (bits <= 0 || bits > 128) {
            throw InvalidInputException.of(field, "bit length must be between 1 and 128, got " + bits + "; " + fix);
        }
        return new ProcessingRate(tops, bits);
    }

    @Override
    public String toString() {
        return format(tops) + "@" + bitLength;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
