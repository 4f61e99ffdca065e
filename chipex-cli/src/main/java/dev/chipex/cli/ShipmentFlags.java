package dev.chipex.cli;

import dev.chipex.core.problem.Problem;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The flags that describe one shipment for {@code chipex check}. They become fields with the
 * batch file's column names, so that flags and files are checked by the core's one reader.
 */
final class ShipmentFlags {
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", order = 2,
            description = "The shipment date; the regime's rules and groups are read on it. Default: today.")
    String date;

    @Option(names = "--item", paramLabel = "NAME", order = 3, description = "A catalog chip, by name or alias (e.g. H100); with --model-weights, the model's name.")
    String item;

    @Option(names = "--quantity", paramLabel = "N", order = 4, description = "Units shipped (chips, or computers with --chips-per-unit).")
    String quantity;

    @Option(names = "--chips-per-unit", paramLabel = "N", order = 5,
            description = "Each unit is a computer holding N of the chips (4A090, TPP summed).")
    String chipsPerUnit;

    @Option(names = "--destination", paramLabel = "CC", order = 6, description = "Destination country: code or name.")
    String destination;

    @Option(names = "--consignee", paramLabel = "NAME", order = 7,
            description = "The ultimate consignee; quotas such as LPP are kept per consignee.")
    String consignee;

    @Option(names = "--consignee-hq", paramLabel = "CC", order = 8, description = "Where the consignee is headquartered.")
    String consigneeHq;

    @Option(names = "--parent-hq", paramLabel = "CC", order = 9,
            description = "Where the consignee's ultimate parent is headquartered, if elsewhere.")
    String parentHq;

    @Option(names = "--veu", paramLabel = "UVEU|NVEU", order = 10, description = "The consignee's validated-end-user status.")
    String veu;

    @Option(names = "--end-use", paramLabel = "USE", order = 11,
            description = "A declared end use some rules test: manufacturing, development or storage.")
    String endUse;

    @Option(names = "--model-weights", order = 12, description = "Ship the weights of a trained model instead of chips.")
    boolean modelWeights;

    @Option(names = "--training-ops", paramLabel = "OPS", order = 13,
            description = "With --model-weights: operations used to train the model, e.g. 3e26.")
    String trainingOps;

    @Option(names = "--open-weights", order = 14, description = "With --model-weights: the weights are published.")
    boolean openWeights;

    @Option(names = "--id", paramLabel = "ID", order = 15, defaultValue = "shipment",
            description = "An id for the shipment in the output. Default: ${DEFAULT-VALUE}.")
    String id;

    /** Whether any flag of a single shipment was given. */
    boolean given() {
        return date != null || item != null || quantity != null || chipsPerUnit != null || destination != null
                || consignee != null || consigneeHq != null || parentHq != null || veu != null || endUse != null
                || modelWeights || trainingOps != null || openWeights;
    }

    /** The shipment's fields; the id and the date (today) have defaults, as one shipment checked now needs. */
    Map<String, String> fields() {
        Map<String, String> values = new HashMap<>();
        put(values, "id", id);
        put(values, "date", date == null ? LocalDate.now().toString() : date);
        put(values, "item", item);
        put(values, "quantity", quantity);
        put(values, "chips_per_unit", chipsPerUnit);
        put(values, "destination", destination);
        put(values, "consignee", consignee);
        put(values, "consignee_hq", consigneeHq);
        put(values, "parent_hq", parentHq);
        put(values, "veu", veu);
        put(values, "end_use", endUse);
        put(values, "kind", modelWeights ? "model-weights" : null);
        put(values, "training_ops", trainingOps);
        put(values, "open_weights", openWeights ? "true" : null);
        return values;
    }

    /** Problems are named by flag: the column {@code consignee_hq} is the flag {@code --consignee-hq}. */
    static Problem at(String column, String message) {
        String flag = column.equals("kind") ? "--model-weights" : "--" + column.replace('_', '-');
        return Problem.of(flag, message);
    }

    private static void put(Map<String, String> values, String column, String value) {
        if (value != null) {
            values.put(column, value);
        }
    }
}
