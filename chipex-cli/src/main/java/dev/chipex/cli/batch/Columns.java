package dev.chipex.cli.batch;

import dev.chipex.core.shipment.ShipmentFields;

import java.util.List;

/** The columns a batch file may have: the reader's fields, and one that other tools write. */
final class Columns {
    /** Read and ignored: batch files written by other tools often carry the H100-equivalents. */
    static final List<String> IGNORED = List.of("h100e");

    private Columns() {
    }

    static boolean known(String column) {
        return ShipmentFields.known(column) || IGNORED.contains(column);
    }

    static String unknown(String column) {
        return "column '" + column + "' is not one chipex reads; rename or remove it (columns: "
                + String.join(", ", ShipmentFields.REQUIRED) + "; optional: " + String.join(", ", ShipmentFields.OPTIONAL)
                + ")";
    }
}
