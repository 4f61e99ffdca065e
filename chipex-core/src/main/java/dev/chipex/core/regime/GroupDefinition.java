package dev.chipex.core.regime;

import dev.chipex.core.country.DatedMembership;

import java.util.List;
import java.util.Objects;

/**
 * A regime's named country group: the union of listed countries, other groups (regime or EAR
 * groups, or single country codes), every country when {@code allCountries}, and the holders of
 * agreements of the named kinds; minus the {@code minus} groups.
 */
public record GroupDefinition(String id, String title, Cited cited, List<DatedMembership> countries,
                              List<String> union, boolean allCountries, List<String> agreementKinds,
                              List<String> minus) {
    public GroupDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(cited, "cited");
        countries = List.copyOf(countries);
        union = List.copyOf(union);
        agreementKinds = List.copyOf(agreementKinds);
        minus = List.copyOf(minus);
    }

    /** Names of the groups this one is built from. */
    public List<String> references() {
        var refs = new java.util.ArrayList<>(union);
        refs.addAll(minus);
        return refs;
    }
}
