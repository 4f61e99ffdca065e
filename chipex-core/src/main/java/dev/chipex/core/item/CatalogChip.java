package dev.chipex.core.item;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/** A named real chip from the bundled catalog, with the source of its figures. */
public record CatalogChip(String name, String vendor, List<String> aliases, ChipSpec spec,
                          OptionalDouble memoryBandwidthGBs, String released, String source, String note) {
    public CatalogChip {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(vendor, "vendor");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(memoryBandwidthGBs, "memoryBandwidthGBs");
        Objects.requireNonNull(released, "released");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(note, "note");
        if (name.isBlank()) {
            throw new IllegalArgumentException("every catalog chip needs a name");
        }
        if (source.isBlank()) {
            throw new IllegalArgumentException(name + ": every catalog chip needs a source");
        }
    }
}
