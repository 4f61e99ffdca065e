package dev.chipex.core.decision;

import dev.chipex.core.item.Eccn;

import java.util.List;
import java.util.Objects;

/** The item as the determination saw it: classification and the shipment's compute. */
public record ItemSummary(String name, Eccn eccn, String paragraph, double tppPerUnit, long totalTpp,
                          double totalH100e, List<String> notes) {
    public ItemSummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(eccn, "eccn");
        Objects.requireNonNull(paragraph, "paragraph");
        notes = List.copyOf(notes);
    }
}
