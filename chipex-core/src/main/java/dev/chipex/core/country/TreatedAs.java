package dev.chipex.core.country;

import java.util.Objects;

/**
 * A destination the EAR treats as another for country groups (Hong Kong as China since
 * 2020-12-23), with the rule that says so.
 */
public record TreatedAs(String country, String asCountry, String citation) {
    public TreatedAs {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(asCountry, "asCountry");
        Objects.requireNonNull(citation, "citation");
    }
}
