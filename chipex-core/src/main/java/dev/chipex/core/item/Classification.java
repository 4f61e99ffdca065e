package dev.chipex.core.item;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The classification of a chip (or of a computer holding {@code chips} of them): its TPP,
 * performance density, ECCN, the paragraph that decided it and H100-equivalents.
 *
 * @param paragraph the deciding 3A090 paragraph (a.1, a.2, b.1, b.2), empty when none applies
 * @param notes     why the result is what it is, in the order the tests were applied
 */
public record Classification(double tpp, OptionalDouble performanceDensity, Eccn eccn,
                             Optional<EccnParagraph> paragraph, double h100Equivalents,
                             boolean datacenter, int chips, List<String> notes) {
    public Classification {
        Objects.requireNonNull(performanceDensity, "performanceDensity");
        Objects.requireNonNull(eccn, "eccn");
        Objects.requireNonNull(paragraph, "paragraph");
        notes = List.copyOf(notes);
        if (chips < 1) {
            throw new IllegalArgumentException("chips must be at least 1");
        }
    }

    /** "a.1", "b.2" … or "" when the item is not in 3A090.a/.b. */
    public String paragraphId() {
        return paragraph.map(EccnParagraph::paragraph).orElse("");
    }

    public String citation() {
        return paragraph.map(EccnParagraph::citation).orElse("");
    }
}
