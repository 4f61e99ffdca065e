package dev.chipex.core.country;

import java.util.Objects;
import java.util.regex.Pattern;

/** A country or territory by its ISO 3166-1 alpha-2 code. */
public record Country(String code, String name) implements Comparable<Country> {
    private static final Pattern CODE = Pattern.compile("[A-Z]{2}");

    public Country {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("country code must be two upper-case letters, got '" + code + "'");
        }
    }

    @Override
    public int compareTo(Country other) {
        return code.compareTo(other.code);
    }
}
