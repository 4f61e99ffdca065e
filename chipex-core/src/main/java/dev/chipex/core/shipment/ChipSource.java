package dev.chipex.core.shipment;

import dev.chipex.core.decision.Item;
import dev.chipex.core.problem.InvalidInputException;

import java.util.Map;

/**
 * Where the reader finds the chip a shipment names. The catalog by default; the simulator adds
 * stand-ins for chips the catalog lacks, sized by the H100-equivalents its demand rows carry.
 */
@FunctionalInterface
public interface ChipSource {
    /**
     * The chip named {@code name} (one unit of it), for the shipment written as {@code fields}.
     *
     * @throws InvalidInputException naming {@code field} when there is no such chip
     */
    Item.Chips chip(String field, String name, Map<String, String> fields);
}
