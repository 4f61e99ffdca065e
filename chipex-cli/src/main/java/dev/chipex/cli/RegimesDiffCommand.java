package dev.chipex.cli;

import dev.chipex.cli.output.Json;
import dev.chipex.cli.output.Numbers;
import dev.chipex.cli.output.OutputFormat;
import dev.chipex.cli.output.Text;
import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.decision.RegimeDiff;
import dev.chipex.core.regime.RegimeCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code chipex regimes diff}: where two regimes decide the same shipment differently. */
@Command(name = "diff", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = {"Lists every country x item class x quantity band that two regimes decide differently on a date, "
                + "with the rule responsible under each (the control that requires a license, or the exception that "
                + "lifts it). Countries decided alike are grouped.",
                "",
                "Each case is one shipment to the country for a consignee headquartered there, with no earlier quota "
                        + "use. Item classes: " + "an H100 (3A090.a datacenter), an RTX 4090 (3A090.a, not datacenter), "
                        + "a 3A090.b reference chip, an H20 (below 3A090) in bands of 100, 1,000 and 10,000 units, and "
                        + "the closed weights of a model trained with 1e26 operations."},
        footerHeading = "%nExamples:%n",
        footer = {"  chipex regimes diff ai-diffusion-2025 option-1-refined-tiers",
                "  chipex regimes diff pre-2025 ai-diffusion-2025 --date 2025-06-01 --format json",
                "  chipex regimes diff ai-diffusion-2025 my-reform --regime-file reform.yaml"})
final class RegimesDiffCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "The regime to compare from.")
    String left;

    @Parameters(index = "1", paramLabel = "B", description = "The regime to compare with.")
    String right;

    @Mixin
    RegimeFiles regimeFiles;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date both regimes are read on. Default: today.")
    String date;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Override
    public void run() {
        format.requireOneOf("regimes diff", OutputFormat.TABLE, OutputFormat.JSON);
        LocalDate on = Dates.parseOrToday("--date", date);
        RegimeCatalog catalog = regimeFiles.catalog();
        DecisionEngine a = DecisionEngine.of(catalog.get(left));
        DecisionEngine b = DecisionEngine.of(catalog.get(right));
        List<RegimeDiff.Row> rows = new RegimeDiff().diff(a, b, on);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            Json.write(out, document(on, rows));
        } else {
            table(out, on, rows, Text.terminalWidth(System.getenv("COLUMNS")));
        }
        out.flush();
    }

    private Map<String, Object> document(LocalDate on, List<RegimeDiff.Row> rows) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("left", left);
        doc.put("right", right);
        doc.put("date", on.toString());
        doc.put("count", rows.size());
        List<Object> differences = new ArrayList<>();
        for (RegimeDiff.Row row : rows) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("itemClass", row.itemClass());
            d.put("quantity", row.quantity());
            d.put("headquarters", row.headquarters());
            d.put("headquartersAlike", row.headquartersAlike());
            d.put("countries", row.countries());
            d.put("left", side(row.left(), row.leftRule()));
            d.put("right", side(row.right(), row.rightRule()));
            differences.add(d);
        }
        doc.put("differences", differences);
        return doc;
    }

    private void table(PrintWriter out, LocalDate on, List<RegimeDiff.Row> rows, int width) {
        out.println("Differences between " + left + " (A) and " + right + " (B) on " + on);
        if (rows.isEmpty()) {
            out.println();
            out.println("none: every country, item class and quantity band is decided alike.");
            return;
        }
        int label = Math.max(left.length(), right.length()) + 9;
        String heading = null;
        for (RegimeDiff.Row row : rows) {
            String band = row.itemClass() + (row.quantity() > 1 ? " x " + Numbers.grouped(row.quantity(), 0) : "")
                    + (row.headquarters().equals(RegimeDiff.IN_DESTINATION) ? ""
                    : ", consignee headquartered in " + row.headquarters() + alike(row));
            if (!band.equals(heading)) {
                out.println();
                out.println(band);
                heading = band;
            }
            Text.wrap(row.countries().size() + " " + (row.countries().size() == 1 ? "country" : "countries") + ": "
                    + String.join(" ", row.countries()), width, "  ", "    ").forEach(out::println);
            out.println(pad("    A " + left + ":", label) + row.left() + "  (" + row.leftRule() + ")");
            out.println(pad("    B " + right + ":", label) + row.right() + "  (" + row.rightRule() + ")");
        }
        out.println();
        Text.wrap(rows.size() + " differences. Each case: one shipment to the country, no earlier quota use, for a "
                + "consignee headquartered there or, where it changes the comparison, in another country (it stands for "
                + "the countries both regimes treat alike as headquarters; --format json lists them). Explain one with "
                + "'chipex check --regime ID ...'.", width, "", "")
                .forEach(out::println);
    }

    private static String alike(RegimeDiff.Row row) {
        int others = row.headquartersAlike().size() - 1;
        return others <= 0 ? "" : " (and " + others + " " + (others == 1 ? "country" : "countries") + " treated alike)";
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(1, width - text.length()));
    }

    /** In this order in every run (a Map.of's order changes from one JVM to the next). */
    private static Map<String, Object> side(String outcome, String rule) {
        Map<String, Object> side = new LinkedHashMap<>();
        side.put("outcome", outcome);
        side.put("rule", rule);
        return side;
    }
}
