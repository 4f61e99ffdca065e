package dev.chipex.core.item;

import dev.chipex.core.country.Confidence;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One paragraph of ECCN 3A090 as bounds on TPP and performance density. Lower bounds are
 * inclusive, upper bounds exclusive; a density bound cannot hold when density is unknown.
 */
public record EccnParagraph(String paragraph, Eccn eccn, double tppAtLeast, OptionalDouble tppBelow,
                            OptionalDouble densityAtLeast, OptionalDouble densityBelow,
                            boolean datacenterOnly, Confidence confidence, String citation, String text) {
    public EccnParagraph {
        Objects.requireNonNull(paragraph, "paragraph");
        Objects.requireNonNull(eccn, "eccn");
        Objects.requireNonNull(tppBelow, "tppBelow");
        Objects.requireNonNull(densityAtLeast, "densityAtLeast");
        Objects.requireNonNull(densityBelow, "densityBelow");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(text, "text");
    }

    public boolean usesDensity() {
        return densityAtLeast.isPresent() || densityBelow.isPresent();
    }

    public boolean matches(double tpp, OptionalDouble density, boolean datacenter) {
        if (datacenterOnly && !datacenter) {
            return false;
        }
        if (tpp < tppAtLeast || (tppBelow.isPresent() && tpp >= tppBelow.getAsDouble())) {
            return false;
        }
        if (!usesDensity()) {
            return true;
        }
        if (density.isEmpty()) {
            return false;
        }
        double pd = density.getAsDouble();
        return (densityAtLeast.isEmpty() || pd >= densityAtLeast.getAsDouble())
                && (densityBelow.isEmpty() || pd < densityBelow.getAsDouble());
    }

    /** The same paragraph with every threshold scaled by {@code factor} (> 1 loosens it). */
    public EccnParagraph scaled(double factor) {
        return new EccnParagraph(paragraph, eccn, tppAtLeast * factor, scale(tppBelow, factor),
                scale(densityAtLeast, factor), scale(densityBelow, factor), datacenterOnly, confidence, citation, text);
    }

    private static OptionalDouble scale(OptionalDouble value, double factor) {
        return value.isPresent() ? OptionalDouble.of(value.getAsDouble() * factor) : value;
    }
}
