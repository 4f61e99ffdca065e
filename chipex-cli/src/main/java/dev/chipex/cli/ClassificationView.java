package dev.chipex.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.chipex.cli.output.Numbers;
import dev.chipex.core.item.CatalogChip;
import dev.chipex.core.item.ChipSpec;
import dev.chipex.core.item.Classification;
import dev.chipex.core.item.ProcessingRate;

import java.math.BigDecimal;
import java.util.List;

/**
 * What {@code chipex classify} reports, in the JSON contract's field names. {@code tpp} is the
 * item's total (summed over {@code chips}); {@code performanceDensity} is per chip and null when no
 * die area is known; {@code paragraph} is null when the item is in neither 3A090.a nor .b.
 */
@JsonPropertyOrder({"chip", "vendor", "rates", "dieAreaMm2", "datacenter", "chips", "tpp", "tppPerChip",
        "performanceDensity", "eccn", "paragraph", "paragraphText", "confidence", "citation", "h100Equivalents",
        "source", "notes"})
record ClassificationView(String chip, String vendor, List<String> rates, BigDecimal dieAreaMm2, boolean datacenter,
                          int chips, BigDecimal tpp, BigDecimal tppPerChip, BigDecimal performanceDensity,
                          String eccn, String paragraph, String paragraphText, String confidence, String citation,
                          BigDecimal h100Equivalents, String source, List<String> notes) {

    static ClassificationView of(CatalogChip chip, Classification result) {
        return of(chip.name(), chip.vendor(), chip.source(), chip.spec(), result);
    }

    static ClassificationView of(String name, String vendor, String source, ChipSpec spec, Classification result) {
        return new ClassificationView(name, vendor, spec.rates().stream().map(ProcessingRate::toString).toList(),
                Numbers.round(spec.dieAreaMm2(), 2), spec.datacenter(), result.chips(),
                Numbers.round(result.tpp(), 3), Numbers.round(spec.tpp(), 3),
                Numbers.round(result.performanceDensity(), 4), result.eccn().code(),
                result.paragraph().map(p -> p.paragraph()).orElse(null),
                result.paragraph().map(p -> p.text()).orElse(null),
                result.paragraph().map(p -> p.confidence().name()).orElse(null),
                result.paragraph().map(p -> p.citation()).orElse(null),
                Numbers.round(result.h100Equivalents(), 4), source, result.notes());
    }
}
