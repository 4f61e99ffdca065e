package dev.chipex.sim.demand;

import dev.chipex.core.country.Country;
import dev.chipex.core.country.CountryCatalog;
import dev.chipex.core.csv.CsvTable;
import dev.chipex.core.item.ChipCatalog;
import dev.chipex.core.item.Classifier;
import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.problem.Problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Demand from a CSV in the batch-check format: columns {@code id, date, item, quantity,
 * destination, consignee, consignee_hq, veu}, plus an optional {@code h100e} (the total for the
 * row; required when {@code item} is not a catalog chip). Every problem is reported at once, each
 * with its line and column; nothing is loaded when any row is bad.
 */
public final class DemandCsv {
    static final List<String> REQUIRED = List.of("id", "date", "item", "quantity", "destination", "consignee");

    private final String source;
    private final DemandItems items = new DemandItems(ChipCatalog.bundled(), Classifier.bundled().h100eTpp());
    private final CountryCatalog countries = CountryCatalog.bundled();
    private final List<Problem> problems = new ArrayList<>();

    private DemandCsv(String source) {
        this.source = source;
    }

    /** Reads {@code text}; {@code source} names it in errors and in the data set. */
    public static DemandSet parse(String source, String text) {
        return new DemandCsv(source).read(CsvTable.parse(text));
    }

    private DemandSet read(CsvTable table) {
        for (String column : REQUIRED) {
            if (!table.hasColumn(column)) {
                problems.add(new Problem(source, 1, column, "missing column '" + column + "'; a demand CSV needs "
                        + String.join(", ", REQUIRED) + " (and may add consignee_hq, veu, h100e)"));
            }
        }
        List<DemandRecord> records = new ArrayList<>();
        if (problems.isEmpty()) {
            table.rows().forEach(row -> record(row).ifPresent(records::add));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Dataset dataset = new Dataset(source, "as supplied", "as supplied by the file's owner",
                "demand file " + source, records.size(), List.of());
        return new DemandSet(dataset, records, Map.of());
    }

    private Optional<DemandRecord> record(CsvTable.Row row) {
        int before = problems.size();
        LocalDate date = date(row);
        long quantity = quantity(row);
        String destination = country(row, "destination", row.get("destination"));
        String hqText = row.find("consignee_hq").filter(s -> !s.isBlank()).orElse(row.get("destination"));
        String headquarters = country(row, "consignee_hq", hqText);
        double h100e = h100e(row);
        String item = row.get("item").strip();
        if (items.find(item).isEmpty() && Double.isNaN(h100e)) {
            problem(row, "item", "unknown chip '" + item + "': use a catalog name ('chipex chips list') or give the "
                    + "row's total in the h100e column");
        }
        if (row.get("consignee").isBlank()) {
            problem(row, "consignee", "is empty: name the buyer (quotas are kept per consignee)");
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        Optional<String> veu = row.find("veu").map(String::strip).filter(s -> !s.isEmpty());
        double total = Double.isNaN(h100e) ? 0 : h100e;
        return Optional.of(new DemandRecord(row.get("id"), date, destination, row.get("consignee").strip(), headquarters,
                items.item(item, quantity, total), quantity, total, veu));
    }

    private LocalDate date(CsvTable.Row row) {
        try {
            return LocalDate.parse(row.get("date").strip());
        } catch (DateTimeParseException e) {
            problem(row, "date", "'" + row.get("date") + "' is not a date: write it as YYYY-MM-DD");
            return LocalDate.MIN;
        }
    }

    private long quantity(CsvTable.Row row) {
        try {
            long quantity = Long.parseLong(row.get("quantity").strip());
            if (quantity >= 1) {
                return quantity;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(row, "quantity", "'" + row.get("quantity") + "' is not a whole number of at least 1");
        return 1;
    }

    private double h100e(CsvTable.Row row) {
        String text = row.find("h100e").map(String::strip).orElse("");
        if (text.isEmpty()) {
            return Double.NaN;
        }
        try {
            double value = Double.parseDouble(text);
            if (value >= 0 && !Double.isInfinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(row, "h100e", "'" + text + "' is not a number of 0 or more");
        return Double.NaN;
    }

    private String country(CsvTable.Row row, String column, String text) {
        Optional<Country> country = countries.find(text);
        if (country.isEmpty()) {
            problem(row, column, "unknown country '" + text + "': use an ISO 3166-1 alpha-2 code such as AE");
            return "US";
        }
        return country.get().code();
    }

    private void problem(CsvTable.Row row, String column, String message) {
        problems.add(new Problem(source, row.line(), column, message));
    }
}
