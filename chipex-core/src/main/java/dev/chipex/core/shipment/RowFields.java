package dev.chipex.core.shipment;

import dev.chipex.core.decision.Item;
import dev.chipex.core.decision.Transaction;
import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.problem.Problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The fields of one shipment, each read once and checked, in a fixed order; problems go to one list. */
final class RowFields {
    private final ShipmentReader reader;
    private final Map<String, String> fields;
    private final FieldLocator where;
    private final Set<String> absentColumns;
    private final List<Problem> problems;

    RowFields(ShipmentReader reader, Map<String, String> fields, FieldLocator where, Set<String> absentColumns,
              List<Problem> problems) {
        this.reader = reader;
        this.fields = fields;
        this.where = where;
        this.absentColumns = absentColumns;
        this.problems = problems;
    }

    Optional<Transaction> transaction() {
        String id = required("id", "give each shipment an id of its own");
        LocalDate date = date();
        boolean weights = weights();
        Item item = weights ? modelWeights() : chips();
        long quantity = weights ? find("quantity").map(q -> quantity()).orElse(1L) : quantity();
        String destination = country("destination", true);
        String consignee = required("consignee", "give the ultimate consignee's name (quotas are kept per consignee)");
        String headquarters = country("consignee_hq", true);
        Optional<String> parent = Optional.ofNullable(country("parent_hq", false));
        Optional<String> veu = veu();
        Optional<String> endUse = endUse();
        if (!problems.isEmpty() || !absentColumns.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Transaction(id, date, item, quantity, destination, consignee, headquarters, parent, veu,
                endUse));
    }

    /** The value, stripped; empty when blank or absent. */
    private Optional<String> find(String field) {
        String value = fields.get(field);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private void problem(String field, String message) {
        problems.add(where.at(field, message));
    }

    private String required(String field, String fix) {
        Optional<String> value = find(field);
        if (value.isEmpty() && !absentColumns.contains(field)) {
            problem(field, "missing; " + fix);
        }
        return value.orElse(null);
    }

    private LocalDate date() {
        String text = required("date", "write the shipment date as YYYY-MM-DD");
        try {
            return text == null ? null : reader.date(text);
        } catch (DateTimeParseException e) {
            problem("date", "'" + text + "' is not a date; write YYYY-MM-DD, e.g. 2025-06-01");
            return null;
        }
    }

    private boolean weights() {
        String kind = find("kind").orElse("chips").toLowerCase(Locale.ROOT);
        if (!kind.equals("chips") && !kind.equals("model-weights")) {
            problem("kind", "'" + kind + "' is not a kind of item; write chips (the default) or model-weights");
        }
        return kind.equals("model-weights");
    }

    private Item chips() {
        String name = required("item", "name a catalog chip (see 'chipex chips list'), e.g. H100");
        long perUnit = find("chips_per_unit").map(t -> whole("chips_per_unit", t, Integer.MAX_VALUE,
                "give how many chips each shipped computer holds (4A090), or leave it blank for bare chips")).orElse(1L);
        if (name == null) {
            return null;
        }
        try {
            Item.Chips chip = reader.chips().chip("item", name, fields);
            return perUnit == 1 ? chip : new Item.Chips(chip.name(), chip.spec(), (int) perUnit, chip.memoryBandwidthGBs());
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> problem("item", p.message()));
            return null;
        }
    }

    private Item modelWeights() {
        String ops = required("training_ops", "give the operations used to train the model, e.g. 1e26");
        boolean open = find("open_weights").map(this::yesNo).orElse(false);
        String name = find("item").orElse("a model trained with " + ops + " operations");
        try {
            double value = ops == null ? 0 : Double.parseDouble(ops);
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new NumberFormatException();
            }
            return new Item.ModelWeights(name, value, open);
        } catch (NumberFormatException e) {
            problem("training_ops", "'" + ops + "' is not a number of operations 0 or more; write e.g. 1e26 or 3.8e25");
            return null;
        }
    }

    private boolean yesNo(String text) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "true": case "yes": case "1":
                return true;
            case "false": case "no": case "0":
                return false;
            default:
                problem("open_weights", "'" + text + "' is not yes or no; write true if the weights are published, "
                        + "false (or leave it blank) otherwise");
                return false;
        }
    }

    private long quantity() {
        String text = required("quantity", "give the number of units shipped, at least 1");
        return text == null ? 1 : whole("quantity", text, ShipmentReader.MAX_QUANTITY,
                "give the number of units shipped as a whole number, at least 1");
    }

    private long whole(String field, String text, long max, String fix) {
        try {
            long value = Long.parseLong(text);
            if (value < 1) {
                problem(field, "must be at least 1, got " + text + "; " + fix);
            } else if (value > max) {
                problem(field, "must be at most " + max + ", got " + text + "; " + fix);
            } else {
                return value;
            }
        } catch (NumberFormatException e) {
            problem(field, "'" + text + "' is not a whole number; " + fix);
        }
        return 1;
    }

    private String country(String field, boolean required) {
        Optional<String> text = required
                ? Optional.ofNullable(required(field, "give an ISO 3166-1 alpha-2 code (e.g. IN) or a country name"))
                : find(field);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return reader.countryCode(field, text.get());
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> problem(field, p.message()));
            return null;
        }
    }

    private Optional<String> veu() {
        Optional<String> veu = find("veu").map(v -> v.toUpperCase(Locale.ROOT));
        if (veu.isPresent() && !veu.get().equals("UVEU") && !veu.get().equals("NVEU")) {
            problem("veu", "'" + veu.get() + "' is not a validated-end-user status; write UVEU or NVEU, or leave it blank");
        }
        return veu;
    }

    private Optional<String> endUse() {
        Optional<String> use = find("end_use").map(v -> v.toLowerCase(Locale.ROOT));
        Set<String> known = use.isPresent() ? reader.knownEndUses() : Set.of();
        if (use.isPresent() && !known.contains(use.get())) {
            problem("end_use", "'" + use.get() + "' is not an end use any regime's rules name; "
                    + (known.isEmpty() ? "leave it blank" : "write one of " + String.join(", ", known)
                    + ", or leave it blank"));
        }
        return use;
    }
}
