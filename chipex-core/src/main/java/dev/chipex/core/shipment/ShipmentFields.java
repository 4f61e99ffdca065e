package dev.chipex.core.shipment;

import java.util.List;

/** The names of a shipment's fields, as batch files write them (the HTTP API spells them in camel case). */
public final class ShipmentFields {
    /** The columns a batch file's header must name (model weights leave item and quantity blank). */
    public static final List<String> REQUIRED = List.of("id", "date", "item", "quantity", "destination", "consignee",
            "consignee_hq");
    public static final List<String> OPTIONAL = List.of("veu", "parent_hq", "end_use", "chips_per_unit", "kind",
            "training_ops", "open_weights");

    private ShipmentFields() {
    }

    public static boolean known(String name) {
        return REQUIRED.contains(name) || OPTIONAL.contains(name);
    }
}
