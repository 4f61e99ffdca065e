package dev.chipex.core.regime;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A bilateral deal: chips for a country (or one named company there) up to an annual quota,
 * in exchange for recorded concessions. It overcomes the listed controls (all when empty).
 */
public record Deal(String id, String country, Optional<String> consignee, Validity validity,
                   String quotaParameter, List<String> concessions, List<String> overcomes, Cited cited) {
    public Deal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(consignee, "consignee");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(quotaParameter, "quotaParameter");
        concessions = List.copyOf(concessions);
        overcomes = List.copyOf(overcomes);
        Objects.requireNonNull(cited, "cited");
    }
}
