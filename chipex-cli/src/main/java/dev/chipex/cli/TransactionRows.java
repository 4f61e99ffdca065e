package dev.chipex.cli;

import dev.chipex.core.country.CountryCatalog;
import dev.chipex.core.decision.Item;
import dev.chipex.core.decision.Items;
import dev.chipex.core.decision.Transaction;
import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.problem.Problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Turns written shipments into transactions, checking every field of every row first: either
 * all rows are valid, or an {@link InvalidInputException} lists every problem, each located by
 * the {@link Locator} (a row and column of a file, or a flag).
 */
final class TransactionRows {
    /** Where a problem with one field of one row is reported. */
    interface Locator {
        Problem at(TransactionRow row, String column, String message);
    }

    private final Locator locator;
    /** Asked only when a row declares an end use: finding them loads every regime (start-up speed, see EndUses). */
    private final Supplier<Set<String>> endUses;
    private Set<String> knownEndUses;
    private final Set<String> absentColumns;
    /** Names already resolved: large batches repeat a few chips and countries many times. */
    private final Map<String, Item.Chips> chipsByName = new HashMap<>();
    private final Map<String, String> countryCodes = new HashMap<>();

    TransactionRows(Locator locator, Supplier<Set<String>> knownEndUses, Set<String> absentColumns) {
        this.locator = locator;
        this.endUses = knownEndUses;
        this.absentColumns = Set.copyOf(absentColumns);
    }

    private Set<String> knownEndUses() {
        if (knownEndUses == null) {
            knownEndUses = new TreeSet<>(endUses.get());
        }
        return knownEndUses;
    }

    /** The transactions, in the rows' order; {@code earlier} problems (e.g. of the file's header) are reported too. */
    List<Transaction> parse(List<TransactionRow> rows, List<Problem> earlier) {
        List<Problem> problems = new ArrayList<>(earlier);
        List<Transaction> transactions = new ArrayList<>(rows.size());
        Map<String, Integer> ids = new HashMap<>();
        for (TransactionRow row : rows) {
            Fields f = new Fields(row, problems);
            String id = f.required("id", "give each shipment an id of its own");
            if (id != null) {
                Integer first = ids.putIfAbsent(id, row.number());
                if (first != null) {
                    problems.add(locator.at(row, "id", "duplicate id '" + id + "' (first used in row " + first
                            + "); give each shipment an id of its own"));
                }
            }
            Optional<Transaction> t = f.transaction(id);
            if (problems.isEmpty()) {
                transactions.add(t.orElseThrow());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return transactions;
    }

    /** The fields of one row, each read once and checked; problems go to the shared list. */
    private final class Fields {
        private final TransactionRow row;
        private final List<Problem> problems;
        private final int before;

        Fields(TransactionRow row, List<Problem> problems) {
            this.row = row;
            this.problems = problems;
            this.before = problems.size();
        }

        Optional<Transaction> transaction(String id) {
            LocalDate date = date();
            boolean weights = weights();
            Item item = weights ? modelWeights() : chips();
            long quantity = weights ? row.find("quantity").map(q -> quantity()).orElse(1L) : quantity();
            String destination = country("destination", true);
            String consignee = required("consignee", "give the ultimate consignee's name (quotas are kept per consignee)");
            String hq = country("consignee_hq", true);
            Optional<String> parent = Optional.ofNullable(country("parent_hq", false));
            Optional<String> veu = veu();
            Optional<String> endUse = endUse();
            if (problems.size() > before || !absentColumns.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Transaction(id, date, item, quantity, destination, consignee, hq, parent, veu, endUse));
        }

        String required(String column, String fix) {
            Optional<String> value = row.find(column);
            if (value.isEmpty() && !absentColumns.contains(column)) {
                problems.add(locator.at(row, column, "missing; " + fix));
            }
            return value.orElse(null);
        }

        private LocalDate date() {
            String text = required("date", "write the shipment date as YYYY-MM-DD");
            try {
                return text == null ? null : LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problems.add(locator.at(row, "date", "'" + text + "' is not a date; write YYYY-MM-DD, e.g. 2025-06-01"));
                return null;
            }
        }

        private boolean weights() {
            String kind = row.find("kind").orElse("chips").toLowerCase(Locale.ROOT);
            if (!kind.equals("chips") && !kind.equals("model-weights")) {
                problems.add(locator.at(row, "kind", "'" + kind + "' is not a kind of item; write chips (the default) "
                        + "or model-weights"));
            }
            return kind.equals("model-weights");
        }

        private Item chips() {
            String name = required("item", "name a catalog chip (see 'chipex chips list'), e.g. H100");
            long perUnit = row.find("chips_per_unit").map(t -> whole("chips_per_unit", t,
                    "give how many chips each shipped computer holds (4A090), or leave it blank for bare chips")).orElse(1L);
            if (name == null) {
                return null;
            }
            try {
                Item.Chips chip = chipsByName.get(name);
                if (chip == null) {
                    chip = Items.fromCatalog("item", name);
                    chipsByName.put(name, chip);
                }
                return perUnit == 1 ? chip : new Item.Chips(chip.name(), chip.spec(), (int) perUnit, chip.memoryBandwidthGBs());
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> problems.add(locator.at(row, "item", p.message())));
                return null;
            }
        }

        private Item modelWeights() {
            String ops = required("training_ops", "give the operations used to train the model, e.g. 1e26");
            boolean open = row.find("open_weights").map(this::yesNo).orElse(false);
            String name = row.find("item").orElse("a model trained with " + ops + " operations");
            try {
                double value = ops == null ? 0 : Double.parseDouble(ops);
                if (!(value >= 0) || Double.isInfinite(value)) {
                    throw new NumberFormatException();
                }
                return new Item.ModelWeights(name, value, open);
            } catch (NumberFormatException e) {
                problems.add(locator.at(row, "training_ops", "'" + ops + "' is not a number of operations 0 or more; "
                        + "write e.g. 1e26 or 3.8e25"));
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
                    problems.add(locator.at(row, "open_weights", "'" + text + "' is not yes or no; write true if the "
                            + "weights are published, false (or leave it blank) otherwise"));
                    return false;
            }
        }

        private long quantity() {
            String text = required("quantity", "give the number of units shipped, at least 1");
            return text == null ? 1 : whole("quantity", text, "give the number of units shipped as a whole number, at least 1");
        }

        private long whole(String column, String text, String fix) {
            try {
                long value = Long.parseLong(text);
                if (value >= 1 && (!column.equals("chips_per_unit") || value <= Integer.MAX_VALUE)) {
                    return value;
                }
                problems.add(locator.at(row, column, "must be at least 1, got " + text + "; " + fix));
            } catch (NumberFormatException e) {
                problems.add(locator.at(row, column, "'" + text + "' is not a whole number; " + fix));
            }
            return 1;
        }

        private String country(String column, boolean required) {
            Optional<String> text = required
                    ? Optional.ofNullable(required(column, "give an ISO 3166-1 alpha-2 code (e.g. IN) or a country name"))
                    : row.find(column);
            try {
                if (text.isEmpty()) {
                    return null;
                }
                String code = countryCodes.get(text.get());
                if (code == null) {
                    code = CountryCatalog.bundled().resolve(column, text.get()).code();
                    countryCodes.put(text.get(), code);
                }
                return code;
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> problems.add(locator.at(row, column, p.message())));
                return null;
            }
        }

        private Optional<String> veu() {
            Optional<String> veu = row.find("veu").map(v -> v.toUpperCase(Locale.ROOT));
            if (veu.isPresent() && !veu.get().equals("UVEU") && !veu.get().equals("NVEU")) {
                problems.add(locator.at(row, "veu", "'" + veu.get() + "' is not a validated-end-user status; write UVEU "
                        + "or NVEU, or leave it blank"));
            }
            return veu;
        }

        private Optional<String> endUse() {
            Optional<String> use = row.find("end_use").map(v -> v.toLowerCase(Locale.ROOT));
            if (use.isPresent() && !knownEndUses().contains(use.get())) {
                problems.add(locator.at(row, "end_use", "'" + use.get() + "' is not an end use any regime's rules name; "
                        + (knownEndUses().isEmpty() ? "leave it blank" : "write one of " + String.join(", ", knownEndUses())
                        + ", or leave it blank")));
            }
            return use;
        }
    }
}
