package dev.chipex.core.regime;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A license requirement: when its conditions hold on a date within its validity, a license is
 * needed unless a license exception or authorization that overcomes it applies. Controls are
 * consulted in ascending {@code order}; the first that applies decides.
 *
 * @param review      review policies, first match wins; {@code defaultPolicy} otherwise
 * @param allocation  the allocation a licensed shipment under this control draws on, if any
 */
public record Control(String id, int order, String title, String purpose, Cited cited, Validity validity,
                      List<Condition> conditions, List<ReviewRule> review, ReviewPolicy defaultPolicy,
                      Optional<String> allocation) {
    public Control {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(cited, "cited");
        Objects.requireNonNull(validity, "validity");
        conditions = List.copyOf(conditions);
        review = List.copyOf(review);
        Objects.requireNonNull(defaultPolicy, "defaultPolicy");
        Objects.requireNonNull(allocation, "allocation");
    }
}
