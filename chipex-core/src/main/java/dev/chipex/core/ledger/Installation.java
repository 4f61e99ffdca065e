package dev.chipex.core.ledger;

import java.util.Objects;

/** Compute a validated end user installs (or plans to install) in one country, in TPP. */
public record Installation(String veu, String country, long tpp) {
    public Installation {
        if (veu == null || veu.isBlank() || veu.contains("@")) {
            throw new IllegalArgumentException("a validated end user needs a name without '@'");
        }
        Objects.requireNonNull(country, "country");
        if (!country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country is an ISO 3166-1 alpha-2 code, e.g. IN (got '" + country + "')");
        }
        if (tpp <= 0) {
            throw new IllegalArgumentException("installed compute is a positive number of TPP");
        }
    }

    /** The journal's account column for a fleet position: {@code veu@country}. */
    public String positionId() {
        return veu + "@" + country;
    }

    static String veuOf(String positionId) {
        return positionId.substring(0, positionId.lastIndexOf('@'));
    }

    static String countryOf(String positionId) {
        return positionId.substring(positionId.lastIndexOf('@') + 1);
    }
}
