package dev.chipex.core.regime;

import java.util.Objects;

/**
 * A government-to-government agreement with a country, of a kind the regime's rules refer to
 * (e.g. {@code g2g} doubles an allocation; {@code tier1-promotion} moves a country into Tier 1).
 */
public record Agreement(String country, String kind, Validity validity, Cited cited, String note) {
    public Agreement {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(cited, "cited");
        Objects.requireNonNull(note, "note");
    }
}
